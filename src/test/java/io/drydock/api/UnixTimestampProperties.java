package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The {@code since}/{@code until} forms the docker CLI sends, parsed back to the same instant. */
class UnixTimestampProperties {
  @Property
  void theClisSecondsDotNineDigitsFormRoundTrips(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant t = Instant.ofEpochSecond(seconds, nanos);
    // cli: fmt.Sprintf("%d.%09d", t.Unix(), int64(t.Nanosecond()))
    String sent = String.format("%d.%09d", t.getEpochSecond(), t.getNano());
    assertThat(UnixTimestamp.parse("since", Optional.of(sent))).contains(t);
  }

  @Property
  void aShortFractionIsADecimalFraction(@ForAll @LongRange(min = 1, max = 4_000_000_000L) long seconds, @ForAll @IntRange(min = 1, max = 9) int digits,
      @ForAll @IntRange(min = 0, max = 999_999_999) int raw) {
    int value = raw % (int) Math.pow(10, digits);
    String fraction = String.format("%0" + digits + "d", value);
    Instant parsed = UnixTimestamp.parse("until", Optional.of(seconds + "." + fraction)).orElseThrow();
    assertThat(parsed).isEqualTo(Instant.ofEpochSecond(seconds, value * (long) Math.pow(10, 9 - digits)));
  }

  @Example
  void wholeSecondsEmptyAndZero() {
    assertThat(UnixTimestamp.parse("since", Optional.of("1700000000"))).contains(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(UnixTimestamp.parse("since", Optional.of(""))).isEmpty();
    assertThat(UnixTimestamp.parse("since", Optional.of("0"))).isEmpty();
    assertThat(UnixTimestamp.parse("since", Optional.empty())).isEmpty();
    assertThat(UnixTimestamp.parse("since", Optional.of("1.1234567891"))).contains(Instant.ofEpochSecond(1, 123_456_789));
  }

  @Example
  void malformedValuesAreInvalidArgumentsNamingTheParameter() {
    for (String bad : new String[] {"10m", "1.", ".5", "1.x", "abc", "1e9", "2023-11-14T22:13:20Z"}) {
      assertThatThrownBy(() -> UnixTimestamp.parse("since", Optional.of(bad)))
          .as(bad)
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageContaining("invalid value for since")
          .hasMessageContaining(bad);
    }
  }
}
