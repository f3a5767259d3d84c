package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker run --oom-kill-disable} through the real docker CLI on a host whose memory
 * controller is cgroup v1 (this hybrid host): as with dockerd 20.10 here, the container's
 * {@code memory.oom_control} says {@code oom_kill_disable 1}, inspect shows it, and without a memory
 * limit the CLI prints dockerd's create warning.
 */
@ScenarioTest
class OomKillDisableCliTest {
  private static final Path MEMORY = Path.of("/sys/fs/cgroup/memory");
  private static final String NO_LIMIT = "WARNING: OOM killer is disabled for the container, but no memory limit is set, "
      + "this can result in the system running out of resources.";
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-oom-cli");

  private static List<String> oomControl(String name) throws IOException {
    return Files.readAllLines(MEMORY.resolve("drydock").resolve(DAEMON.inspect("{{.Id}}", name)).resolve("memory.oom_control"));
  }

  private static CommandResult runSleeper(String name, String... opts) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "-d", "--name", name));
    args.addAll(List.of(opts));
    args.addAll(List.of("busybox", "sleep", "1000"));
    CommandResult r = DAEMON.docker(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r;
  }

  @Test
  void theKillerIsOffInTheCgroupAndInspectShowsItWithDockerdsWarningWithoutAMemoryLimit() throws IOException {
    Requirements.require("scenario", Files.exists(MEMORY.resolve("memory.oom_control")) ? Optional.empty()
        : Optional.of("needs the cgroup v1 memory controller (v2 has no OOM-killer switch)"));
    CommandResult bare = runSleeper("oom-off", "--oom-kill-disable");
    assertThat(bare.stderr()).contains(NO_LIMIT);
    assertThat(oomControl("oom-off")).contains("oom_kill_disable 1");
    assertThat(DAEMON.inspect("{{.HostConfig.OomKillDisable}}", "oom-off")).isEqualTo("true");

    CommandResult bounded = runSleeper("oom-off-bounded", "--oom-kill-disable", "--memory", "64m");
    assertThat(bounded.stderr()).doesNotContain("WARNING");
    assertThat(oomControl("oom-off-bounded")).contains("oom_kill_disable 1");

    runSleeper("oom-on");
    assertThat(oomControl("oom-on")).contains("oom_kill_disable 0");
    assertThat(DAEMON.inspect("{{.HostConfig.OomKillDisable}}", "oom-on")).isEqualTo("false");
    assertThat(DAEMON.docker("rm", "-f", "oom-off", "oom-off-bounded", "oom-on").exitCode()).isZero();
  }
}
