package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health checks through the real docker CLI: {@code docker ps} shows {@code (healthy)} and
 * {@code (unhealthy)} as dockerd words them, the {@code health} filter finds them, and the probe
 * loop ends with its container (no probe process left, no probe after the stop), while a daemon
 * whose containers have no check never made the probe thread.
 */
@ScenarioTest
class HealthCliTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-health-cli");

  private static void run(String name, String... healthFlags) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "-d", "--name", name));
    args.addAll(List.of(healthFlags));
    args.addAll(List.of("busybox", "sleep", "300"));
    CommandResult r = DAEMON.docker(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  private static String psColumn(String filter, String format) {
    return DAEMON.docker("ps", "-a", "--filter", filter, "--format", format).stdout().trim();
  }

  @Test
  void aPassingCheckShowsHealthyInPsAndTheHealthFilterFindsIt() {
    run("hc-ok", "--health-cmd", "echo fine", "--health-interval", "100ms");
    DAEMON.awaitInspect("hc-ok", "{{.State.Health.Status}}", "healthy", WAIT);
    assertThat(psColumn("name=hc-ok", "{{.Status}}")).matches("Up .* \\(healthy\\)");
    assertThat(DAEMON.docker("info", "--format", "{{.NEventsListener}}").stdout().trim()).as("the probes listen to no event stream").isEqualTo("0");
    assertThat(psColumn("health=healthy", "{{.Names}}")).contains("hc-ok");
    assertThat(psColumn("health=none", "{{.Names}}")).doesNotContain("hc-ok");
    assertThat(DAEMON.inspect("{{(index .State.Health.Log 0).Output}}", "hc-ok")).isEqualTo("fine");
    assertThat(DAEMON.inspect("{{json .Config.Healthcheck}}", "hc-ok")).isEqualTo("{\"Test\":[\"CMD-SHELL\",\"echo fine\"],\"Interval\":100000000}");
    assertThat(DAEMON.docker("rm", "-f", "hc-ok").exitCode()).isZero();
  }

  @Test
  void aFailingCheckWithOneRetryShowsUnhealthy() {
    run("hc-bad", "--health-cmd", "exit 3", "--health-interval", "100ms", "--health-retries", "1");
    DAEMON.awaitInspect("hc-bad", "{{.State.Health.Status}}", "unhealthy", WAIT);
    assertThat(psColumn("name=hc-bad", "{{.Status}}")).matches("Up .* \\(unhealthy\\)");
    assertThat(psColumn("health=unhealthy", "{{.Names}}")).contains("hc-bad");
    assertThat(DAEMON.inspect("{{(index .State.Health.Log 0).ExitCode}}", "hc-bad")).isEqualTo("3");
    assertThat(DAEMON.docker("rm", "-f", "hc-bad").exitCode()).isZero();
  }

  @Test
  void theProbeLoopEndsWithItsContainerAndAContainerWithoutACheckStartsNone() throws IOException {
    run("hc-plain");
    assertThat(psColumn("name=hc-plain", "{{.Status}}")).matches("Up [^(]*");
    assertThat(psColumn("health=none", "{{.Names}}")).contains("hc-plain");
    long daemonPid = Long.parseLong(Files.readString(DAEMON.dir().resolve("daemon").resolve("drydock.pid")).trim());
    boolean probeThreadBefore = threadNames(daemonPid).contains("drydock-health");

    String marker = "hc-loop-marker-" + ProcessHandle.current().pid();
    run("hc-loop", "--health-cmd", "sleep 0.05; echo " + marker, "--health-interval", "100ms");
    DAEMON.awaitInspect("hc-loop", "{{.State.Health.Status}}", "healthy", WAIT);
    assertThat(DAEMON.docker("stop", "-t", "0", "hc-loop").exitCode()).isZero();
    String logAfterStop = DAEMON.inspect("{{json .State.Health.Log}}", "hc-loop");
    DaemonProcess.sleep(1000);
    assertThat(DAEMON.inspect("{{json .State.Health.Log}}", "hc-loop")).as("no probe after the stop").isEqualTo(logAfterStop);
    assertThat(DAEMON.inspect("{{.State.Health.Status}}", "hc-loop")).as("dockerd 20.10 shows a stopped one unhealthy").isEqualTo("unhealthy");
    assertThat(processesWith(marker)).as("no probe process left").isEmpty();

    assertThat(DAEMON.docker("start", "hc-loop").exitCode()).isZero();
    DAEMON.awaitInspect("hc-loop", "{{.State.Health.Status}}", "healthy", WAIT);
    assertThat(DAEMON.docker("rm", "-f", "hc-loop").exitCode()).isZero();
    DaemonProcess.sleep(500);
    assertThat(processesWith(marker)).as("no probe process left after rm").isEmpty();
    assertThat(probeThreadBefore).as("a daemon whose containers have no check has no probe thread").isFalse();
    assertThat(DAEMON.docker("rm", "-f", "hc-plain").exitCode()).isZero();
  }

  @Test
  void aProbePastItsTimeoutIsKilledAndLoggedAsDockerdWordsIt() throws IOException {
    String marker = "hc-slow-marker-" + ProcessHandle.current().pid();
    run("hc-slow", "--health-cmd", "sleep 30; echo " + marker, "--health-interval", "200ms", "--health-timeout", "300ms", "--health-retries", "1");
    DAEMON.awaitInspect("hc-slow", "{{.State.Health.Status}}", "unhealthy", WAIT);
    assertThat(DAEMON.inspect("{{(index .State.Health.Log 0).ExitCode}}", "hc-slow")).isEqualTo("-1");
    assertThat(DAEMON.inspect("{{(index .State.Health.Log 0).Output}}", "hc-slow")).isEqualTo("Health check exceeded timeout (300ms)");
    DaemonProcess.sleep(2000);
    // each probe would live 30 s if the timeout did not kill it: several would be running by now
    assertThat(probeShells(marker)).as("probes running at once, 2 s after several timed out").hasSizeLessThanOrEqualTo(1);
    assertThat(DAEMON.docker("rm", "-f", "hc-slow").exitCode()).isZero();
  }

  private static List<String> threadNames(long pid) throws IOException {
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return tasks.map(t -> read(t.resolve("comm")).trim()).toList();
    }
  }

  private static List<Long> processesWith(String marker) throws IOException {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
          .filter(p -> read(p.resolve("cmdline")).contains(marker))
          .map(p -> Long.parseLong(p.getFileName().toString())).toList();
    }
  }

  /**
   * The probe shells among the processes with the marker: a shell that has just forked to run
   * {@code sleep} shows its own command line in the child until the child's exec, so a child
   * whose parent carries the marker too is the same probe.
   */
  private static List<Long> probeShells(String marker) throws IOException {
    List<Long> all = processesWith(marker);
    return all.stream().filter(pid -> !all.contains(parentOf(pid))).toList();
  }

  private static long parentOf(long pid) {
    return read(Path.of("/proc", Long.toString(pid), "status")).lines()
        .filter(l -> l.startsWith("PPid:")).map(l -> Long.parseLong(l.substring(5).trim()))
        .findFirst().orElse(-1L);
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
