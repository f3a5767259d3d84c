package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {
  private static final Duration SHORT = Duration.ofMillis(50);

  @Test
  void startsAt100MsAndDoublesUpToOneMinute() {
    Duration d = Duration.ZERO;
    long[] expected = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000};
    for (long ms : expected) {
      d = RestartBackoff.next(d, SHORT);
      assertThat(d.toMillis()).isEqualTo(ms);
    }
  }

  @Test
  void aRunOfTenSecondsOrMoreStartsTheSequenceAgain() {
    assertThat(RestartBackoff.next(Duration.ofSeconds(30), Duration.ofSeconds(10))).isEqualTo(Duration.ofMillis(100));
    assertThat(RestartBackoff.next(Duration.ofSeconds(30), Duration.ofMillis(9999))).isEqualTo(Duration.ofMinutes(1));
    assertThat(RestartBackoff.next(Duration.ofMillis(400), Duration.ofMillis(9999))).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void onDaemonStartAnOnFailureContainerWithoutRetriesLeftStaysDown() {
    RestartPolicy p = RestartPolicy.parse("on-failure:2");
    assertThat(p.restartsOnDaemonStart(1, false, 1)).isTrue();
    assertThat(p.restartsOnDaemonStart(1, false, 2)).isFalse();
    assertThat(p.restartsOnDaemonStart(0, false, 0)).isFalse();
    assertThat(RestartPolicy.parse("on-failure").restartsOnDaemonStart(1, false, 50)).isTrue();
    assertThat(RestartPolicy.parse("always").restartsOnDaemonStart(0, true, 7)).isTrue();
  }

  @Test
  void aStopsExitIsRecordedAsManualAndAStartClearsIt() {
    ContainerState running = ContainerState.created().started(ContainerAction.START, 42, java.time.Instant.EPOCH, "c");
    ContainerState stopped = running.exited(ContainerAction.EXIT, 137, false, java.time.Instant.EPOCH, "c").withManuallyStopped(true);
    assertThat(stopped.manuallyStopped()).isTrue();
    assertThat(stopped.started(ContainerAction.START, 43, java.time.Instant.EPOCH, "c").manuallyStopped()).isFalse();
    assertThat(running.exited(ContainerAction.EXIT, 1, false, java.time.Instant.EPOCH, "c").manuallyStopped()).isFalse();
  }

  @Test
  void theManualStopSurvivesTheJsonRoundTrip() throws Exception {
    ContainerState s = new ContainerState(ContainerStatus.EXITED, 0, 137, "", java.time.Instant.EPOCH, java.time.Instant.EPOCH, false, 3, true);
    var mapper = EngineJson.mapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(s), ContainerState.class)).isEqualTo(s);
    assertThat(mapper.readValue("{\"status\":\"EXITED\",\"pid\":0,\"exitCode\":1,\"restartCount\":0}", ContainerState.class).manuallyStopped())
        .as("a record written before the field existed").isFalse();
  }

  @Test
  void aClientsStartResetsTheRestartCountAndARespawnIncrementsIt() {
    java.time.Instant t = java.time.Instant.EPOCH;
    ContainerState s = ContainerState.created().started(ContainerAction.START, 1, t, "c");
    s = s.exited(ContainerAction.EXIT_TO_RESTART, 1, false, t, "c").started(ContainerAction.RESPAWN, 2, t, "c");
    s = s.exited(ContainerAction.EXIT_TO_RESTART, 1, false, t, "c").started(ContainerAction.RESPAWN, 3, t, "c");
    assertThat(s.restartCount()).isEqualTo(2);
    assertThat(s.started(ContainerAction.RESTART, 4, t, "c").restartCount()).isZero();
    assertThat(s.exited(ContainerAction.EXIT, 0, false, t, "c").started(ContainerAction.START, 5, t, "c").restartCount()).isZero();
  }
}
