package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker top} through the real docker CLI shows what dockerd shows: the host's {@code ps
 * -ef} columns with their own formats (a user name, not a uid; STIME as HH:MM; TIME as
 * HH:MM:SS), and the columns a client asks for with ps options ({@code docker top c -o pid,comm});
 * and {@code docker stats --no-stream}, whose one sample the CLI must read whole, and the stats'
 * CPU throttling figures.
 */
@ScenarioTest
class TopCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-top-cli");

  @BeforeAll
  static void needsPs() {
    boolean ps = Files.isExecutable(Path.of("/bin/ps")) || Files.isExecutable(Path.of("/usr/bin/ps"));
    Requirements.require("scenario", ps ? Optional.empty() : Optional.of("needs procps (ps), which docker top runs as dockerd does"));
  }

  private static CommandResult docker(String... args) {
    CommandResult r = DAEMON.cli().run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.stderr()).isZero();
    return r;
  }

  private static List<String> fields(String line) {
    return List.of(line.trim().split("\\s{2,}"));
  }

  @Test
  void defaultColumnsAreThoseOfPsEf() {
    docker("run", "-d", "--name", "top-sleep", "busybox", "sleep", "300");
    List<String> lines = docker("top", "top-sleep").stdout().lines().toList();
    assertThat(fields(lines.get(0))).containsExactly("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");
    assertThat(lines).hasSize(2);
    List<String> row = fields(lines.get(1));
    assertThat(row).hasSize(8);
    assertThat(row.get(0)).isEqualTo("root");
    assertThat(row.get(1)).isEqualTo(docker("inspect", "-f", "{{.State.Pid}}", "top-sleep").stdout().trim());
    assertThat(row.get(3)).matches("\\d+");
    assertThat(row.get(4)).matches("\\d\\d:\\d\\d");
    assertThat(row.get(5)).isEqualTo("?");
    assertThat(row.get(6)).matches("\\d\\d:\\d\\d:\\d\\d");
    assertThat(row.get(7)).isEqualTo("sleep 300");
  }

  @Test
  void statsWithoutStreamShowsTheRunningContainersOneProcess() {
    docker("run", "-d", "--name", "top-stats", "busybox", "sleep", "300");
    CommandResult r = docker("stats", "--no-stream", "--format", "{{.Name}} {{.PIDs}}", "top-stats");
    assertThat(r.stdout().trim()).isEqualTo("top-stats 1");
  }

  @Test
  void psOptionsChooseTheColumns() {
    docker("run", "-d", "--name", "top-cols", "busybox", "sleep", "300");
    String pid = docker("inspect", "-f", "{{.State.Pid}}", "top-cols").stdout().trim();
    List<String> lines = docker("top", "top-cols", "-o", "pid,comm").stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(fields(lines.get(0))).containsExactly("PID", "COMMAND");
    assertThat(fields(lines.get(1))).containsExactly(pid, "sleep");
    CommandResult renamed = DAEMON.cli().run("top", "top-cols", "-o", "user=PID");
    assertThat(renamed.exitCode()).isNotZero();
    assertThat(renamed.stderr()).contains("specifying \"user=PID\" is not allowed");
  }

  /** A busy loop held to 5% of a CPU is throttled: {@code throttling_data} is the cgroup's {@code cpu.stat}, not zeros. */
  @Test
  void statsReportTheCfsThrottlingOfACpuLimitedContainer() throws InterruptedException {
    docker("run", "-d", "--name", "top-throttled", "--cpus", "0.05", "busybox", "sh", "-c", "while :; do :; done");
    try {
      assertThrottled();
    } finally {
      DAEMON.cli().run("rm", "-f", "top-throttled");
    }
  }

  private static void assertThrottled() throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    com.fasterxml.jackson.databind.JsonNode throttling;
    do {
      Thread.sleep(200);
      throttling = DAEMON.cli().engine().request("GET", "/v1.41/containers/top-throttled/stats?stream=0").json()
          .path("cpu_stats").path("throttling_data");
    } while (throttling.path("throttled_periods").asLong() == 0 && System.nanoTime() < deadline);
    assertThat(throttling.path("periods").asLong()).as(throttling.toString()).isPositive();
    assertThat(throttling.path("throttled_periods").asLong()).as(throttling.toString()).isPositive()
        .isLessThanOrEqualTo(throttling.path("periods").asLong());
    assertThat(throttling.path("throttled_time").asLong()).as(throttling.toString()).isPositive();
  }
}
