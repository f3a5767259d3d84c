package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Restart policies through the real docker CLI: retries, dockerd's back-off, a user's stop, and
 * what a daemon restart starts again.
 */
@ScenarioTest
class RestartPolicyCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-restart-cli");

  static String run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "run";
    all[1] = "-d";
    System.arraycopy(args, 0, all, 2, args.length);
    CommandResult r = DAEMON.docker(all);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout().trim();
  }

  @Test
  void onFailureTwoRestartsTwiceThenStaysExited() {
    run("--name", "rp-onfail", "--restart", "on-failure:2", "busybox", "sh", "-c", "echo attempt; exit 3");
    DAEMON.awaitInspect("rp-onfail", "{{.State.Status}} {{.RestartCount}} {{.State.ExitCode}}", "exited 2 3", Duration.ofSeconds(20));
    DaemonProcess.sleep(1500);
    assertThat(DAEMON.inspect("{{.State.Status}} {{.RestartCount}}", "rp-onfail")).as("no third restart").isEqualTo("exited 2");
    assertThat(DAEMON.docker("logs", "rp-onfail").stdout()).isEqualTo("attempt\nattempt\nattempt\n");
    assertThat(DAEMON.inspect("{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", "rp-onfail"))
        .isEqualTo("on-failure 2");
  }

  @Test
  void onFailureDoesNotRestartASuccessfulExit() {
    run("--name", "rp-onfail-ok", "--restart", "on-failure", "busybox", "true");
    DAEMON.awaitInspect("rp-onfail-ok", "{{.State.Status}}", "exited", Duration.ofSeconds(20));
    DaemonProcess.sleep(500);
    assertThat(DAEMON.inspect("{{.State.Status}} {{.RestartCount}}", "rp-onfail-ok")).isEqualTo("exited 0");
  }

  @Test
  void alwaysRestartsAndAStopEndsItForGood() {
    run("--name", "rp-always", "--restart", "always", "busybox", "sh", "-c", "echo up; sleep 0.2");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (Integer.parseInt(DAEMON.inspect("{{.RestartCount}}", "rp-always")) < 2 && System.nanoTime() < deadline) {
      DaemonProcess.sleep(100);
    }
    assertThat(Integer.parseInt(DAEMON.inspect("{{.RestartCount}}", "rp-always"))).isGreaterThanOrEqualTo(2);
    CommandResult stop = DAEMON.docker("stop", "-t", "1", "rp-always");
    assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    String after = DAEMON.inspect("{{.State.Status}} {{.RestartCount}}", "rp-always");
    assertThat(after).startsWith("exited ");
    DaemonProcess.sleep(1500);
    assertThat(DAEMON.inspect("{{.State.Status}} {{.RestartCount}}", "rp-always")).as("stopped for good").isEqualTo(after);
  }

  @Test
  void aCrashLoopBacksOffLikeDockerd() {
    run("--name", "rp-loop", "--restart", "always", "busybox", "false");
    DaemonProcess.sleep(3000);
    int restarts = Integer.parseInt(DAEMON.inspect("{{.RestartCount}}", "rp-loop"));
    // 100 + 200 + 400 + 800 + 1600 ms: at most 5 restarts fit into 3 s, without back-off dozens would
    assertThat(restarts).isBetween(2, 5);
    assertThat(DAEMON.docker("rm", "-f", "rp-loop").exitCode()).isZero();
  }

  @Test
  void aDaemonRestartStartsAlwaysAndUnlessStoppedContainersAgainButNotStoppedUnlessStoppedOnes() throws Exception {
    run("--name", "rp-d-always-stopped", "--restart", "always", "busybox", "sleep", "1000");
    run("--name", "rp-d-unless-stopped", "--restart", "unless-stopped", "busybox", "sleep", "1000");
    run("--name", "rp-d-unless-died", "--restart", "unless-stopped", "busybox", "sleep", "1000");
    run("--name", "rp-d-no", "busybox", "sleep", "1000");
    run("--name", "rp-d-no-stopped", "busybox", "sleep", "1000");
    for (String name : new String[] {"rp-d-always-stopped", "rp-d-unless-stopped", "rp-d-no-stopped"}) {
      CommandResult stop = DAEMON.docker("stop", "-t", "1", name);
      assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    }
    long noPid = Long.parseLong(DAEMON.inspect("{{.State.Pid}}", "rp-d-no"));
    long diedPid = Long.parseLong(DAEMON.inspect("{{.State.Pid}}", "rp-d-unless-died"));
    DAEMON.cli().stopDaemon();
    ProcessHandle died = ProcessHandle.of(diedPid).orElseThrow();
    died.destroyForcibly();
    died.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
    DAEMON.cli().startDaemonAgain();
    assertThat(DAEMON.inspect("{{.State.Status}}", "rp-d-no")).as("a running container keeps running").isEqualTo("running");
    DAEMON.awaitInspect("rp-d-always-stopped", "{{.State.Status}}", "running", Duration.ofSeconds(20));
    assertThat(DAEMON.inspect("{{.State.Status}}", "rp-d-unless-stopped")).isEqualTo("exited");
    assertThat(DAEMON.inspect("{{.State.Status}}", "rp-d-no-stopped")).isEqualTo("exited");
    assertThat(DAEMON.inspect("{{.State.Pid}}", "rp-d-no")).isEqualTo(Long.toString(noPid));
    DAEMON.awaitInspect("rp-d-unless-died", "{{.State.Status}} {{.RestartCount}}", "running 1", Duration.ofSeconds(20));
    assertThat(DAEMON.inspect("{{.State.Pid}}", "rp-d-unless-died")).isNotEqualTo(Long.toString(diedPid));
    CommandResult events = DAEMON.docker("ps", "--filter", "name=rp-d-", "--format", "{{.Names}}");
    assertThat(events.stdout()).contains("rp-d-always-stopped", "rp-d-unless-died", "rp-d-no").doesNotContain("rp-d-unless-stopped");
  }
}
