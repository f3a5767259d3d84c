package io.drydock.engine.container.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckTest {
  @Test
  void zeroValuesAreDockerdsDefaults() {
    Healthcheck h = new Healthcheck(List.of("CMD", "true"), 0, 0, 0, 0).validated();
    assertThat(h.effectiveInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.effectiveTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.effectiveRetries()).isEqualTo(3);
    assertThat(h.effectiveStartPeriod()).isZero();
  }

  @Test
  void valuesBelowOneMillisecondOrNegativeRetriesAreRefusedInDockerdsWords() {
    assertThatThrownBy(() -> new Healthcheck(List.of(), 100, 0, 0, 0).validated()).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Interval in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> new Healthcheck(List.of(), -5, 0, 0, 0).validated()).hasMessage("Interval in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> new Healthcheck(List.of(), 0, 999_999, 0, 0).validated()).hasMessage("Timeout in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> new Healthcheck(List.of(), 0, 0, 1, 0).validated()).hasMessage("StartPeriod in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> new Healthcheck(List.of(), 0, 0, 0, -1).validated()).hasMessage("Retries in Healthcheck cannot be negative");
    assertThat(new Healthcheck(List.of(), 1_000_000, 1_000_000, 1_000_000, 0).validated().interval()).isEqualTo(1_000_000);
  }

  @Test
  void cmdShellRunsThroughShAndCmdAsGivenAndNoneOrUnknownRunNothing() {
    assertThat(new Healthcheck(List.of("CMD-SHELL", "exit", "0"), 0, 0, 0, 0).probeCommand()).contains(List.of("/bin/sh", "-c", "exit 0"));
    assertThat(new Healthcheck(List.of("CMD", "true", "x"), 0, 0, 0, 0).probeCommand()).contains(List.of("true", "x"));
    Healthcheck none = new Healthcheck(List.of("NONE"), 0, 0, 0, 0);
    assertThat(none.disabled()).isTrue();
    assertThat(none.probeCommand()).isEmpty();
    assertThat(new Healthcheck(List.of("BOGUS", "x"), 0, 0, 0, 0).probeCommand()).isEmpty();
    assertThat(new Healthcheck(List.of(), 0, 0, 0, 0).probeCommand()).isEmpty();
  }

  @Test
  void theContainersValuesOverrideTheImagesAndItsUnsetOnesInheritThem() {
    Healthcheck image = new Healthcheck(List.of("CMD", "true"), 5, 6, 7, 8);
    assertThat(new Healthcheck(List.of(), 0, 60, 0, 2).over(image)).isEqualTo(new Healthcheck(List.of("CMD", "true"), 5, 60, 7, 2));
  }

  @Test
  void aTimedOutProbeHasDockerdsExitCodeAndWords() {
    Instant t = Instant.EPOCH;
    assertThat(ProbeResult.timedOut(t, t, Duration.ofMillis(100)).output()).isEqualTo("Health check exceeded timeout (100ms)");
    assertThat(ProbeResult.timedOut(t, t, Duration.ofSeconds(30)).output()).isEqualTo("Health check exceeded timeout (30s)");
    assertThat(ProbeResult.timedOut(t, t, Duration.ofSeconds(90)).output()).isEqualTo("Health check exceeded timeout (1m30s)");
    assertThat(ProbeResult.timedOut(t, t, Duration.ofMillis(1500)).exitCode()).isEqualTo(-1);
    assertThat(ProbeResult.timedOut(t, t, Duration.ofMillis(1500)).output()).isEqualTo("Health check exceeded timeout (1.5s)");
  }

  @Test
  void probeOutputIsKeptTo4096BytesWithAnEllipsisForTheRest() {
    ProbeOutput out = new ProbeOutput();
    out.write("y\n".repeat(1000).getBytes());
    out.write("y\n".repeat(4000).getBytes());
    assertThat(out.toString()).hasSize(4096 + 3).endsWith("y\n...");
    ProbeOutput small = new ProbeOutput();
    small.write("hi\n".getBytes());
    assertThat(small.toString()).isEqualTo("hi\n");
  }
}
