package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pause/unpause and a {@code kill -9} of the daemon, through the real docker CLI: a counting
 * container's output stops while it is paused, and containers started before the daemon died are
 * still running, logged completely, waitable and exec-able after a new daemon starts.
 */
@ScenarioTest
class PauseAndRecoveryCliTest {
  private static final String COUNTER = "i=0; while true; do echo $i; i=$((i+1)); sleep 0.1; done";
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-pause-cli");

  private static List<String> logLines(String name) {
    String out = DAEMON.docker("logs", name).stdout();
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }

  private static int awaitLines(String name, IntPredicate enough) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    int n = 0;
    while (System.nanoTime() < deadline) {
      n = logLines(name).size();
      if (enough.test(n)) {
        return n;
      }
      DaemonProcess.sleep(100);
    }
    throw new AssertionError("logs of " + name + " stuck at " + n + " lines");
  }

  private static void run(String name, String script) {
    CommandResult r = DAEMON.docker("run", "-d", "--name", name, "busybox", "sh", "-c", script);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  @Test
  void aPausedCounterStopsCountingAndResumesAfterUnpause() {
    run("pr-count", COUNTER);
    awaitLines("pr-count", n -> n >= 3);
    CommandResult pause = DAEMON.docker("pause", "pr-count");
    assertThat(pause.exitCode()).as(pause.stderr()).isZero();
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.Paused}}", "pr-count")).isEqualTo("paused true");
    assertThat(DAEMON.docker("ps", "--filter", "name=pr-count", "--format", "{{.Status}}").stdout()).contains("(Paused)");
    assertThat(DAEMON.docker("ps", "--filter", "status=paused", "--format", "{{.Names}}").stdout().trim()).isEqualTo("pr-count");
    DaemonProcess.sleep(300);
    int frozen = logLines("pr-count").size();
    DaemonProcess.sleep(1000);
    assertThat(logLines("pr-count")).as("no output while paused").hasSize(frozen);
    assertThat(DAEMON.docker("pause", "pr-count").stderr()).contains("is already paused");
    CommandResult unpause = DAEMON.docker("unpause", "pr-count");
    assertThat(unpause.exitCode()).as(unpause.stderr()).isZero();
    awaitLines("pr-count", n -> n >= frozen + 3);
    assertThat(DAEMON.inspect("{{.State.Status}}", "pr-count")).isEqualTo("running");
    assertThat(DAEMON.docker("rm", "-f", "pr-count").exitCode()).isZero();
  }

  @Test
  void aPausedContainerCanBeStopped() {
    run("pr-stop", COUNTER);
    awaitLines("pr-stop", n -> n >= 1);
    assertThat(DAEMON.docker("pause", "pr-stop").exitCode()).isZero();
    long t0 = System.nanoTime();
    CommandResult stop = DAEMON.docker("stop", "-t", "1", "pr-stop");
    assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.Paused}}", "pr-stop")).isEqualTo("exited false");
    assertThat(DAEMON.docker("rm", "pr-stop").exitCode()).isZero();
  }

  @Test
  void containersSurviveAKillDashNineOfTheDaemon() throws Exception {
    run("pr-live", COUNTER);
    run("pr-waited", "sleep 5; exit 7");
    run("pr-died", "sleep 1; exit 5");
    run("pr-paused", COUNTER);
    awaitLines("pr-live", n -> n >= 3);
    awaitLines("pr-paused", n -> n >= 1);
    assertThat(DAEMON.docker("pause", "pr-paused").exitCode()).isZero();
    String livePid = DAEMON.inspect("{{.State.Pid}}", "pr-live");
    DAEMON.cli().killAndRestartDaemon();

    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.Pid}}", "pr-live")).isEqualTo("running " + livePid);
    CommandResult exec = DAEMON.docker("exec", "pr-live", "echo", "in-exec");
    assertThat(exec.exitCode()).as(exec.stderr()).isZero();
    assertThat(exec.stdout()).isEqualTo("in-exec\n");
    int before = logLines("pr-live").size();
    awaitLines("pr-live", n -> n >= before + 5);
    List<String> lines = logLines("pr-live");
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).as("log line %d: nothing lost around the daemon's death", i).isEqualTo(Integer.toString(i));
    }
    CommandResult waited = DAEMON.docker("wait", "pr-waited");
    assertThat(waited.stdout().trim()).isEqualTo("7");
    DAEMON.awaitInspect("pr-died", "{{.State.Status}} {{.State.ExitCode}}", "exited 5", Duration.ofSeconds(20));
    assertThat(DAEMON.inspect("{{.State.Status}}", "pr-paused")).isEqualTo("paused");
    assertThat(DAEMON.docker("unpause", "pr-paused").exitCode()).isZero();
    int pausedBefore = logLines("pr-paused").size();
    awaitLines("pr-paused", n -> n >= pausedBefore + 3);
    CommandResult stop = DAEMON.docker("stop", "-t", "1", "pr-live");
    assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    assertThat(DAEMON.inspect("{{.State.Status}}", "pr-live")).isEqualTo("exited");
  }

  @Test
  void anOomKillWhileTheDaemonIsDownIsReportedAfterItsRestart() throws Exception {
    CommandResult r = DAEMON.docker("run", "-d", "--name", "pr-oom", "--memory", "16m", "--memory-swap", "16m", "busybox", "sh", "-c",
        "sleep 1; a=$(busybox head -c 100000000 /dev/zero | busybox tr '\\0' x); echo survived");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    ProcessHandle init = ProcessHandle.of(Long.parseLong(DAEMON.inspect("{{.State.Pid}}", "pr-oom"))).orElseThrow();
    DAEMON.cli().stopDaemon();
    try {
      init.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      DAEMON.cli().startDaemonAgain();
    }
    DAEMON.awaitInspect("pr-oom", "{{.State.Status}} {{.State.OOMKilled}}", "exited true", Duration.ofSeconds(20));
    // the shim reaps the init itself (it was handed over at create), so its record is the init's own status
    assertThat(DAEMON.inspect("{{.State.ExitCode}}", "pr-oom")).isEqualTo("137");
    assertThat(DAEMON.docker("logs", "pr-oom").stdout()).doesNotContain("survived");
  }
}
