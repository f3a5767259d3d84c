package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker run --memory-swappiness --cpuset-mems --device-read-bps --device-write-iops
 * --kernel-memory} through the real docker CLI on this cgroup v1 host: the container's cgroup files
 * hold the values (read from the host side, as dockerd 20.10's do here), inspect shows them, the
 * kernel memory warning reaches the CLI; a throttle on a missing device fails the start before
 * anything is made: no cgroup directory, no rootfs mount, the container {@code created}.
 */
@ScenarioTest
class ResourceTuningCliTest {
  private static final Path CGROUP = Path.of("/sys/fs/cgroup");
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-tuning-cli");

  private static Path v1(String controller, String id) {
    return CGROUP.resolve(controller).resolve("drydock").resolve(id);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file).trim();
  }

  /** {@code /dev/NAME} and {@code MAJ:MIN} of a whole disk with a size, from /sys/dev/block. */
  private static Optional<String[]> disk() throws IOException {
    try (Stream<Path> devices = Files.list(Path.of("/sys/dev/block"))) {
      for (Path d : devices.sorted().toList()) {
        if (!Files.exists(d.resolve("partition")) && Files.exists(d.resolve("size")) && !read(d.resolve("size")).equals("0")) {
          String name = read(d.resolve("uevent")).lines().filter(l -> l.startsWith("DEVNAME=")).findFirst().orElse("=").split("=")[1];
          if (!name.isEmpty() && Files.exists(Path.of("/dev", name))) {
            return Optional.of(new String[] {"/dev/" + name, d.getFileName().toString()});
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theValuesAreTheContainersCgroupsAndInspectShowsThem() throws IOException {
    Requirements.require("scenario", Files.exists(CGROUP.resolve("memory/memory.swappiness"))
        && Files.exists(CGROUP.resolve("blkio/blkio.throttle.read_bps_device")) && Files.exists(CGROUP.resolve("cpuset/cpuset.mems"))
        ? Optional.empty() : Optional.of("needs cgroup v1 memory (with memory.swappiness), blkio and cpuset"));
    String[] disk = disk().orElse(null);
    Requirements.require("scenario", disk != null ? Optional.empty() : Optional.of("needs a block device with a node in /dev"));
    CommandResult r = DAEMON.docker("run", "-d", "--name", "tuned", "--memory-swappiness", "10", "--cpuset-mems", "0",
        "--device-read-bps", disk[0] + ":1mb", "--device-write-iops", disk[0] + ":200", "--kernel-memory", "20m", "busybox", "sleep", "1000");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).contains("Specifying a kernel memory limit is deprecated");
    String id = DAEMON.inspect("{{.Id}}", "tuned");
    assertThat(read(v1("memory", id).resolve("memory.swappiness"))).isEqualTo("10");
    assertThat(read(v1("cpuset", id).resolve("cpuset.mems"))).isEqualTo("0");
    assertThat(read(v1("blkio", id).resolve("blkio.throttle.read_bps_device"))).isEqualTo(disk[1] + " 1048576");
    assertThat(read(v1("blkio", id).resolve("blkio.throttle.write_iops_device"))).isEqualTo(disk[1] + " 200");
    assertThat(DAEMON.inspect("{{.HostConfig.MemorySwappiness}} {{.HostConfig.CpusetMems}} {{.HostConfig.KernelMemory}}", "tuned"))
        .isEqualTo("10 0 20971520");
    assertThat(DAEMON.inspect("{{range .HostConfig.BlkioDeviceReadBps}}{{.Path}} {{.Rate}}{{end}}", "tuned")).isEqualTo(disk[0] + " 1048576");
    assertThat(DAEMON.docker("rm", "-f", "tuned").exitCode()).isZero();
  }

  @Test
  void aMissingThrottledDeviceFailsTheStartAndLeavesNothing() throws IOException {
    CommandResult created = DAEMON.docker("create", "--name", "nodev", "--device-read-bps", "/dev/drydock-nope:1mb", "busybox", "true");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    String id = DAEMON.inspect("{{.Id}}", "nodev");
    CommandResult start = DAEMON.docker("start", "nodev");
    assertThat(start.exitCode()).isNotZero();
    assertThat(start.stderr()).contains("stat /dev/drydock-nope: no such file or directory");
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.ExitCode}}", "nodev")).isEqualTo("created 128");
    List<Path> left = new ArrayList<>();
    try (Stream<Path> hierarchies = Files.list(CGROUP)) {
      for (Path h : hierarchies.toList()) {
        Path dir = h.resolve("drydock").resolve(id);
        if (Files.exists(dir)) {
          left.add(dir);
        }
      }
    }
    assertThat(left).as("cgroup directories of the container").isEmpty();
    assertThat(Files.readAllLines(Path.of("/proc/self/mountinfo"))).noneMatch(l -> l.contains(id));
    assertThat(DAEMON.docker("rm", "nodev").exitCode()).isZero();
  }
}
