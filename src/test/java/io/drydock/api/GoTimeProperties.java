package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link GoTime} against a reference built from the JDK's formatter (Go's layout rules written as
 * a {@link DateTimeFormatter}), over instants from year 0 to 9999 with fractions of every length.
 */
class GoTimeProperties {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TRIMMED = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendLiteral('Z')
      .toFormatter()
      .withZone(ZoneOffset.UTC);

  @Provide
  Arbitrary<Instant> instants() {
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    Arbitrary<Long> seconds = Arbitraries.longs().between(min, max).edgeCases(c -> c.add(0L));
    // Fractions with 0..9 significant digits, so trimming is exercised at every length.
    Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 9)
        .flatMap(digits -> Arbitraries.integers().between(0, (int) Math.pow(10, digits) - 1).map(v -> v * (int) Math.pow(10, 9 - digits)));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Property
  void rfc3339NanoMatchesTheReferenceFormatter(@ForAll("instants") Instant t) {
    assertThat(GoTime.rfc3339Nano(t)).isEqualTo(TRIMMED.format(t));
  }

  @Property
  void rfc3339NanoHasNoTrailingZeroInItsFractionAndParsesBack(@ForAll("instants") Instant t) {
    String s = GoTime.rfc3339Nano(t);
    assertThat(s).doesNotContainPattern("\\.\\d*0Z$").doesNotContain(".Z").endsWith("Z");
    assertThat(Instant.parse(s)).isEqualTo(t);
  }

  @Property
  void rfc3339NanoFixedAlwaysHasNineDigitsAndTheSameInstant(@ForAll("instants") Instant t) {
    String s = GoTime.rfc3339NanoFixed(t);
    String expected = SECONDS.format(t) + "." + BigDecimal.valueOf(t.getNano(), 9).toPlainString().substring(2) + "Z";
    assertThat(s).isEqualTo(expected).hasSize(30);
    assertThat(Instant.parse(s)).isEqualTo(t);
  }

  @Example
  void knownValuesOfGosFormatter() {
    // time.Unix(1700000000, 120000000).UTC().Format(time.RFC3339Nano) and jsonmessage.RFC3339NanoFixed
    Instant t = Instant.ofEpochSecond(1_700_000_000L, 120_000_000);
    assertThat(GoTime.rfc3339Nano(t)).isEqualTo("2023-11-14T22:13:20.12Z");
    assertThat(GoTime.rfc3339NanoFixed(t)).isEqualTo("2023-11-14T22:13:20.120000000Z");
    assertThat(GoTime.rfc3339Nano(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(GoTime.rfc3339NanoFixed(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000000000Z");
    assertThat(GoTime.rfc3339Nano(Instant.ofEpochSecond(1, 1))).isEqualTo("1970-01-01T00:00:01.000000001Z");
  }
}
