package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker run --log-driver none|local|x} and {@code --log-opt} through the real docker CLI,
 * with dockerd 20.10's answers: none keeps no file but attached output still arrives and
 * {@code docker logs} is refused; local keeps a log that {@code docker logs} reads across its
 * gzipped rotated files; an unknown driver or option name is refused at create, a bad option value
 * fails the start (exit code 128) and leaves no mount, cgroup or process.
 */
@ScenarioTest
class LogDriversCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-logdrivers-cli");

  private static CommandResult run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("run", "--pull", "never"));
    all.addAll(List.of(args));
    return DAEMON.docker(all.toArray(String[]::new));
  }

  private static Path containerDir(String name) {
    return DAEMON.dir().resolve("daemon/data/containers").resolve(DAEMON.inspect("{{.Id}}", name));
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void noneKeepsNoLogYetAttachedOutputArrivesAndLogsIsRefused() throws Exception {
    CommandResult attached = run("--rm", "--log-driver", "none", "busybox", "echo", "hi");
    assertThat(attached.exitCode()).as(attached.stderr()).isZero();
    assertThat(attached.stdout()).isEqualTo("hi\n");

    CommandResult detached = run("-d", "--name", "log-none", "--log-driver", "none", "busybox", "sh", "-c", "echo a; sleep 1; echo b");
    assertThat(detached.exitCode()).as(detached.stderr()).isZero();
    for (String[] logs : List.of(new String[] {"logs", "log-none"}, new String[] {"logs", "-f", "log-none"})) {
      CommandResult r = DAEMON.docker(logs);
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.stderr()).contains("Error response from daemon: configured logging driver does not support reading");
    }
    assertThat(DAEMON.inspect("{{json .HostConfig.LogConfig}} [{{.LogPath}}]", "log-none")).isEqualTo("{\"Type\":\"none\",\"Config\":{}} []");
    assertThat(files(containerDir("log-none"))).noneMatch(f -> f.contains("log"));
    assertThat(DAEMON.docker("wait", "log-none").stdout().trim()).isEqualTo("0");
    assertThat(DAEMON.docker("rm", "log-none").exitCode()).isZero();
  }

  @Test
  void localKeepsALogThatLogsReadsAcrossItsCompressedRotatedFiles() throws Exception {
    CommandResult r = run("--name", "log-local", "--log-driver", "local", "--log-opt", "max-size=1k", "--log-opt", "max-file=3", "busybox",
        "sh", "-c", "i=0; while [ $i -lt 300 ]; do echo line-$i; i=$((i+1)); done");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).startsWith("line-0\n").endsWith("line-299\n");
    assertThat(files(containerDir("log-local").resolve("local-logs"))).containsExactly("container.log", "container.log.1.gz", "container.log.2.gz");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(containerDir("log-local").resolve("local-logs"))))
        .as("local-logs as dockerd makes it").isEqualTo("rwx------");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(containerDir("log-local"))))
        .as("the container's directory as dockerd makes it").isEqualTo("rwx--x---");
    assertThat(DAEMON.docker("logs", "--tail", "2", "log-local").stdout()).isEqualTo("line-298\nline-299\n");
    List<String> kept = DAEMON.docker("logs", "log-local").stdout().lines().toList();
    assertThat(kept.size()).isBetween(10, 299);
    int first = Integer.parseInt(kept.get(0).substring("line-".length()));
    assertThat(kept).containsExactlyElementsOf(java.util.stream.IntStream.range(first, 300).mapToObj(i -> "line-" + i).toList());
    assertThat(DAEMON.docker("logs", "-t", "--tail", "1", "log-local").stdout())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z line-299\n");
    assertThat(DAEMON.docker("logs", "--until", "2000-01-01T00:00:00Z", "log-local").stdout()).isEmpty();
    assertThat(DAEMON.inspect("{{json .HostConfig.LogConfig}} [{{.LogPath}}]", "log-local"))
        .isEqualTo("{\"Type\":\"local\",\"Config\":{\"max-file\":\"3\",\"max-size\":\"1k\"}} []");

    CommandResult ticking = run("-d", "--name", "log-follow", "--log-driver", "local", "busybox", "sh", "-c",
        "for i in 1 2 3; do echo tick $i; sleep 0.3; done; echo done >&2");
    assertThat(ticking.exitCode()).as(ticking.stderr()).isZero();
    CommandResult followed = DAEMON.docker("logs", "-f", "log-follow");
    assertThat(followed.stdout()).isEqualTo("tick 1\ntick 2\ntick 3\n");
    assertThat(followed.stderr()).isEqualTo("done\n");
    assertThat(DAEMON.docker("rm", "log-local", "log-follow").exitCode()).isZero();
  }

  @Test
  void anUnknownDriverOrOptionNameIsRefusedAtCreateAndCreatesNothing() {
    CommandResult driver = run("--log-driver", "x", "busybox", "true");
    assertThat(driver.exitCode()).isEqualTo(125);
    assertThat(driver.stderr()).contains("Error response from daemon: error looking up logging plugin x: plugin \"x\" not found");
    CommandResult jsonName = DAEMON.docker("create", "--log-opt", "nope=1", "busybox", "true");
    assertThat(jsonName.exitCode()).isNotZero();
    assertThat(jsonName.stderr()).contains("Error response from daemon: unknown log opt 'nope' for json-file log driver");
    CommandResult localName = DAEMON.docker("create", "--log-driver", "local", "--log-opt", "tag=x", "busybox", "true");
    assertThat(localName.stderr()).contains("Error response from daemon: unknown log opt 'tag' for log driver local");
    assertThat(DAEMON.docker("ps", "-aq").stdout()).isBlank();
  }

  @Test
  void aBadOptionValueFailsTheStartWithExitCode128AndLeavesNothing() throws Exception {
    CommandResult r = run("--name", "log-bad", "--log-opt", "max-size=x", "busybox", "true");
    assertThat(r.exitCode()).isEqualTo(125);
    assertThat(r.stderr()).contains("Error response from daemon: failed to initialize logging driver: invalid size: 'x'");
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.ExitCode}} {{.State.Pid}}", "log-bad")).isEqualTo("created 128 0");
    assertThat(DAEMON.inspect("{{.State.Error}}", "log-bad")).isEqualTo("failed to initialize logging driver: invalid size: 'x'");
    String id = DAEMON.inspect("{{.Id}}", "log-bad");
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(id);
    for (String controller : List.of("memory", "pids", "cpu", "unified")) {
      assertThat(Path.of("/sys/fs/cgroup", controller, "drydock", id)).doesNotExist();
    }
    assertThat(files(containerDir("log-bad"))).noneMatch(f -> f.contains("log"));
    assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))).noneMatch(c -> c.contains(id));

    CommandResult local = run("--rm", "--log-driver", "local", "--log-opt", "max-file=1", "busybox", "true");
    assertThat(local.exitCode()).isEqualTo(125);
    assertThat(local.stderr()).contains("failed to initialize logging driver: compression cannot be enabled when max file count is 1");
    assertThat(DAEMON.docker("rm", "log-bad").exitCode()).isZero();
  }

  @Test
  void theDaemonsLogDriverAndOptionsAreWhatACreateWithoutItsOwnGets() throws Exception {
    DockerCli own = CliDaemon.start("drydock-logdefault-cli", true, "--log-driver", "local", "--log-opt", "max-file=2");
    try {
      assertThat(own.run("info", "-f", "{{.LoggingDriver}}").stdout().trim()).isEqualTo("local");
      assertThat(own.run("create", "--name", "d-default", "busybox", "true").exitCode()).isZero();
      assertThat(own.run("create", "--name", "d-merged", "--log-opt", "max-size=1m", "busybox", "true").exitCode()).isZero();
      assertThat(own.run("create", "--name", "d-json", "--log-driver", "json-file", "busybox", "true").exitCode()).isZero();
      assertThat(own.run("inspect", "-f", "{{.Name}} {{json .HostConfig.LogConfig}}", "d-default", "d-merged", "d-json").stdout().lines().toList())
          .containsExactly("/d-default {\"Type\":\"local\",\"Config\":{\"max-file\":\"2\"}}",
              "/d-merged {\"Type\":\"local\",\"Config\":{\"max-file\":\"2\",\"max-size\":\"1m\"}}",
              "/d-json {\"Type\":\"json-file\",\"Config\":{}}");
      CommandResult refused = own.run("create", "--log-opt", "labels=x", "busybox", "true");
      assertThat(refused.stderr()).contains("Error response from daemon: unknown log opt 'labels' for log driver local");
    } finally {
      CliDaemon.stop(own);
    }
  }
}
