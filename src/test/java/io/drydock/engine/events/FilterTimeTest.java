package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Filter times as dockerd's {@code timetypes.GetTimestamp} reads them (the prunes' {@code until}). */
class FilterTimeTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void aGoDurationCountsBackFromNow() {
    assertThat(FilterTime.parse("1h", NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(FilterTime.parse("1h30m", NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(90)));
    assertThat(FilterTime.parse("1.5s", NOW)).isEqualTo(NOW.minusMillis(1500));
    assertThat(FilterTime.parse("-1h", NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void timesDatesAndUnixSeconds() {
    assertThat(FilterTime.parse("2026-01-02T03:04:05Z", NOW)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(FilterTime.parse("2026-01-02T03:04:05+01:00", NOW)).isEqualTo(Instant.parse("2026-01-02T02:04:05Z"));
    assertThat(FilterTime.parse("2026-01-02", NOW)).isEqualTo(LocalDate.parse("2026-01-02").atStartOfDay(ZoneId.systemDefault()).toInstant());
    assertThat(FilterTime.parse("2026-01-02T03:04", NOW)).isEqualTo(
        LocalDate.parse("2026-01-02").atTime(3, 4).atZone(ZoneId.systemDefault()).toInstant());
    assertThat(FilterTime.parse("1700000000", NOW)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(FilterTime.parse("1700000000.5", NOW)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
    assertThat(FilterTime.parse("0", NOW)).isEqualTo(Instant.EPOCH);
  }

  @Test
  void anythingElseIsDockerds500() {
    assertThatThrownBy(() -> FilterTime.parse("bogus", NOW)).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("failed to parse value as time or duration: \"bogus\"");
    assertThatThrownBy(() -> FilterTime.parse("2026-13-45", NOW)).isInstanceOf(DrydockException.SystemError.class)
        .hasMessageStartingWith("parsing time \"2026-13-45\"");
  }
}
