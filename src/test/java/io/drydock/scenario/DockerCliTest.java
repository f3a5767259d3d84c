package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real docker CLI against a drydock daemon on a temp socket: it must negotiate API 1.41 and
 * render what the daemon says, with the exit codes a user sees.
 */
@ScenarioTest
class DockerCliTest {
  private static Path dir;
  private static DaemonProcess daemon;

  @BeforeAll
  static void startDaemon() throws Exception {
    Requirements.require("scenario", HostFacts.onPath("docker") ? Optional.empty() : Optional.of("needs the docker CLI on PATH"));
    dir = Files.createTempDirectory("drydock-cli");
    Files.createDirectories(dir.resolve("docker-config"));
    daemon = DaemonProcess.start(dir.resolve("daemon"));
  }

  @AfterAll
  static void stopDaemon() {
    if (daemon != null) {
      daemon.close();
    }
    TestEngine.deleteTree(dir);
  }

  private static CommandResult docker(String... args) {
    Map<String, String> env = Map.of("DOCKER_HOST", daemon.dockerHost(), "DOCKER_CONFIG", dir.resolve("docker-config").toString());
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return CommandResult.run(dir, env, command, 60);
  }

  @Test
  void versionShowsTheServerAtApi141() {
    CommandResult r = docker("version");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("Server:").containsPattern("API version:\\s+1\\.41 \\(minimum version 1\\.24\\)");
    assertThat(r.stdout()).containsPattern("Engine:\\s+Version:").containsPattern("OS/Arch:\\s+linux/");
  }

  @Test
  void infoShowsTheKernelAndCgroupDriver() {
    CommandResult r = docker("info");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout())
        .contains("Kernel Version: " + HostFactsReader.kernelVersion())
        .contains("Cgroup Driver: cgroupfs")
        .contains("Cgroup Version: " + HostFactsReader.cgroupVersion())
        .contains("Storage Driver: overlay2")
        .containsPattern("Containers: \\d+")
        .contains("OSType: linux");
  }

  @Test
  void systemDfListsEveryKindOfObject() {
    CommandResult r = docker("system", "df");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).containsPattern("TYPE\\s+TOTAL\\s+ACTIVE\\s+SIZE\\s+RECLAIMABLE")
        .containsPattern("Images\\s+0")
        .contains("Containers", "Local Volumes", "Build Cache");
  }

  @Test
  void eventsWithAPastUntilEndAtOnce() {
    CommandResult r = docker("events", "--since", "10m", "--until", "1s");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  @Test
  void daemonErrorsReachTheUserWithExitCode1() {
    CommandResult r = docker("ps");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("Error response from daemon: ContainerList (GET /containers/json) is not implemented by drydock yet");
  }
}
