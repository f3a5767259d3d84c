package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker update} through the real docker CLI, read back from the container's cgroup files
 * (cgroup v1 controllers, as on this kind of host) and from inspect.
 */
@ScenarioTest
class UpdateCliTest {
  private static final Path V1 = Path.of("/sys/fs/cgroup");
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-update-cli");

  private static String cgroupFile(String name, String controller, String file) throws IOException {
    Path p = V1.resolve(controller).resolve("drydock").resolve(DAEMON.inspect("{{.Id}}", name)).resolve(file);
    Requirements.require("scenario", Files.exists(p) ? Optional.empty() : Optional.of("needs the cgroup v1 " + controller + " controller"));
    return Files.readString(p).trim();
  }

  private static void runSleeper(String name, String... opts) {
    String[] args = new String[opts.length + 7];
    args[0] = "run";
    args[1] = "-d";
    args[2] = "--name";
    args[3] = name;
    System.arraycopy(opts, 0, args, 4, opts.length);
    args[opts.length + 4] = "busybox";
    args[opts.length + 5] = "sleep";
    args[opts.length + 6] = "1000";
    CommandResult r = DAEMON.docker(args);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  @Test
  void aRunningContainersLimitsChangeInItsCgroupAndInInspect() throws IOException {
    runSleeper("up-live");
    CommandResult u = DAEMON.docker("update", "--memory", "64m", "--memory-swap", "128m", "--memory-reservation", "32m", "--cpu-shares", "512",
        "--cpus", "0.5", "--cpuset-cpus", "0", "--pids-limit", "50", "up-live");
    assertThat(u.exitCode()).as(u.stderr()).isZero();
    assertThat(u.stdout().trim()).isEqualTo("up-live");
    assertThat(cgroupFile("up-live", "memory", "memory.limit_in_bytes")).isEqualTo(Long.toString(64L << 20));
    assertThat(cgroupFile("up-live", "memory", "memory.soft_limit_in_bytes")).isEqualTo(Long.toString(32L << 20));
    if (Files.exists(V1.resolve("memory/memory.memsw.limit_in_bytes"))) {
      assertThat(cgroupFile("up-live", "memory", "memory.memsw.limit_in_bytes")).isEqualTo(Long.toString(128L << 20));
    }
    assertThat(cgroupFile("up-live", "cpu", "cpu.shares")).isEqualTo("512");
    assertThat(cgroupFile("up-live", "cpu", "cpu.cfs_quota_us")).isEqualTo("50000");
    assertThat(cgroupFile("up-live", "cpu", "cpu.cfs_period_us")).isEqualTo("100000");
    assertThat(cgroupFile("up-live", "cpuset", "cpuset.cpus")).isEqualTo("0");
    assertThat(cgroupFile("up-live", "pids", "pids.max")).isEqualTo("50");
    assertThat(DAEMON.inspect("{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} "
        + "{{.HostConfig.CpusetCpus}} {{.HostConfig.PidsLimit}}", "up-live"))
        .isEqualTo((64L << 20) + " " + (128L << 20) + " 500000000 512 0 50");
    CommandResult lift = DAEMON.docker("update", "--pids-limit", "-1", "up-live");
    assertThat(lift.exitCode()).as(lift.stderr()).isZero();
    assertThat(cgroupFile("up-live", "pids", "pids.max")).isEqualTo("max");
    assertThat(DAEMON.inspect("{{.HostConfig.PidsLimit}}", "up-live")).as("dockerd 20.10 shows an update's unlimited as 0").isEqualTo("0");
    assertThat(DAEMON.inspect("{{.State.Status}}", "up-live")).isEqualTo("running");
  }

  @Test
  void aMemoryLimitAboveTheSwapLimitNeedsANewSwapLimitAndARefusalChangesNothing() throws IOException {
    runSleeper("up-swap", "--memory", "20m");
    assertThat(DAEMON.inspect("{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}", "up-swap")).isEqualTo((20L << 20) + " " + (40L << 20));
    CommandResult down = DAEMON.docker("update", "--memory", "10m", "up-swap");
    assertThat(down.exitCode()).as(down.stderr()).isZero();
    CommandResult up = DAEMON.docker("update", "--memory", "50m", "up-swap");
    assertThat(up.exitCode()).isNotZero();
    assertThat(up.stderr()).contains("Error response from daemon: Cannot update container " + DAEMON.inspect("{{.Id}}", "up-swap")
        + ": Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time");
    assertThat(DAEMON.inspect("{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}", "up-swap")).isEqualTo((10L << 20) + " " + (40L << 20));
    assertThat(cgroupFile("up-swap", "memory", "memory.limit_in_bytes")).isEqualTo(Long.toString(10L << 20));
    runSleeper("up-noswap");
    CommandResult none = DAEMON.docker("update", "--memory", "10m", "up-noswap");
    assertThat(none.exitCode()).as("dockerd 20.10 refuses a memory limit above an unset swap limit too").isNotZero();
    assertThat(DAEMON.inspect("{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}", "up-noswap")).isEqualTo("0 0");
  }

  @Test
  void theRestartPolicyIsUpdated() {
    runSleeper("up-policy");
    CommandResult u = DAEMON.docker("update", "--restart", "on-failure:3", "up-policy");
    assertThat(u.exitCode()).as(u.stderr()).isZero();
    assertThat(DAEMON.inspect("{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", "up-policy"))
        .isEqualTo("on-failure 3");
  }

  @Test
  void nanoCpusAreRefusedWhenACpuQuotaIsSetAndNothingChanges() throws IOException {
    runSleeper("up-quota", "--cpu-quota", "30000");
    CommandResult u = DAEMON.docker("update", "--cpus", "1", "--memory", "64m", "up-quota");
    assertThat(u.exitCode()).isNotZero();
    assertThat(u.stderr()).contains("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set");
    assertThat(DAEMON.inspect("{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.Memory}}", "up-quota")).isEqualTo("0 30000 0");
    assertThat(cgroupFile("up-quota", "cpu", "cpu.cfs_quota_us")).isEqualTo("30000");
  }

  @Test
  void tooLittleMemoryIsRefused() {
    runSleeper("up-tiny");
    CommandResult u = DAEMON.docker("update", "--memory", "1m", "up-tiny");
    assertThat(u.exitCode()).isNotZero();
    assertThat(u.stderr()).contains("Minimum memory limit allowed is 6MB");
    assertThat(DAEMON.inspect("{{.HostConfig.Memory}}", "up-tiny")).isEqualTo("0");
  }

  @Test
  void aStoppedContainersNewLimitsApplyAtItsNextStart() throws IOException {
    CommandResult c = DAEMON.docker("create", "--name", "up-later", "busybox", "sleep", "1000");
    assertThat(c.exitCode()).as(c.stderr()).isZero();
    CommandResult u = DAEMON.docker("update", "--memory", "48m", "--memory-swap", "96m", "up-later");
    assertThat(u.exitCode()).as(u.stderr()).isZero();
    assertThat(DAEMON.docker("start", "up-later").exitCode()).isZero();
    assertThat(cgroupFile("up-later", "memory", "memory.limit_in_bytes")).isEqualTo(Long.toString(48L << 20));
  }

  @Test
  void anAutoRemoveContainerKeepsItsNoRestartPolicy() {
    runSleeper("up-rm", "--rm");
    CommandResult u = DAEMON.docker("update", "--restart", "always", "up-rm");
    assertThat(u.exitCode()).isNotZero();
    assertThat(u.stderr()).contains("Restart policy cannot be updated because AutoRemove is enabled for the container");
  }

  @Test
  void anUnknownContainerIsNotFound() {
    CommandResult u = DAEMON.docker("update", "--memory", "64m", "up-nosuch");
    assertThat(u.exitCode()).isNotZero();
    assertThat(u.stderr()).contains("No such container: up-nosuch");
  }
}
