package io.drydock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Go's duration text as {@code time.ParseDuration} reads it and {@code Duration.String()} writes it. */
class GoDurationTest {
  @Test
  void aGoDurationAloneIsReadAsTimeParseDurationReadsIt() {
    assertThat(GoDuration.parse("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(GoDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("-1.5s")).isEqualTo(Duration.ofMillis(-1500));
    assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(GoDuration.parse(".5ms")).isEqualTo(Duration.ofNanos(500_000));
  }

  @Test
  void aGoDurationsFaultsInGosWords() {
    assertThatThrownBy(() -> GoDuration.parse("x")).hasMessage("time: invalid duration \"x\"");
    assertThatThrownBy(() -> GoDuration.parse("")).hasMessage("time: invalid duration \"\"");
    assertThatThrownBy(() -> GoDuration.parse("10")).hasMessage("time: missing unit in duration \"10\"");
    assertThatThrownBy(() -> GoDuration.parse("2020-01-01"))
        .hasMessage("time: unknown unit \"-\" in duration \"2020-01-01\"");
    assertThatThrownBy(() -> GoDuration.parse("1d")).hasMessage("time: unknown unit \"d\" in duration \"1d\"");
    assertThatThrownBy(() -> GoDuration.parse("1h.")).hasMessage("time: invalid duration \"1h.\"");
  }

  @Test
  void formatWritesWhatGoPrints() {
    assertThat(GoDuration.format(Duration.ofMillis(300))).isEqualTo("300ms");
    assertThat(GoDuration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(GoDuration.parse(GoDuration.format(Duration.ofMillis(1500)))).isEqualTo(Duration.ofMillis(1500));
  }

  /** Go's edges: a duration beyond int64 nanoseconds is invalid, not wrapped; a negative one prints its sign before Go's form. */
  @Test
  void overflowIsInvalidAndNegativesKeepGosForm() {
    assertThatThrownBy(() -> GoDuration.parse("3000000h")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time: invalid duration \"3000000h\"");
    assertThat(GoDuration.parse("2562047h")).isEqualTo(Duration.ofHours(2562047));
    assertThat(GoDuration.format(Duration.ofMillis(-1500))).isEqualTo("-1.5s");
    assertThat(GoDuration.format(Duration.ofMinutes(-90))).isEqualTo("-1h30m0s");
    assertThat(GoDuration.format(Duration.ofNanos(-5))).isEqualTo("-5ns");
  }
}
