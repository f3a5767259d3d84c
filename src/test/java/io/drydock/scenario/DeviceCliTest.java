package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker run --device HOST[:CONTAINER[:PERMS]]} through the real docker CLI, with dockerd
 * 20.10's answers: the host node appears at the container path with its type, numbers and mode,
 * the device cgroup grants exactly the given permissions, a directory adds the nodes below it, and
 * a path that is no device fails the start with dockerd's message and exit code, leaving nothing.
 * The test makes its own nodes (major 240, a range no driver uses: open gives ENXIO when the
 * cgroup lets it through, EPERM when not) in a directory it removes afterwards.
 */
@ScenarioTest
class DeviceCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-device-cli");

  private Path nodes;

  @BeforeEach
  void makeNodes() throws Exception {
    nodes = Files.createTempDirectory("drydock-device-nodes");
    mknod(nodes.resolve("x240"), "c", 240, 7, "640");
    Files.createDirectories(nodes.resolve("tree/sub"));
    mknod(nodes.resolve("tree/sub/b"), "b", 240, 9, "600");
    Files.writeString(nodes.resolve("tree/plain"), "not a device");
  }

  @AfterEach
  void removeNodes() {
    TestEngine.deleteTree(nodes);
  }

  private static void mknod(Path p, String type, int major, int minor, String mode) throws IOException, InterruptedException {
    Process mk = new ProcessBuilder("mknod", "-m", mode, p.toString(), type, Integer.toString(major), Integer.toString(minor))
        .redirectErrorStream(true).start();
    assertThat(mk.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mk.exitValue()).as(new String(mk.getInputStream().readAllBytes())).isZero();
  }

  private static CommandResult run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("run", "--pull", "never"));
    all.addAll(List.of(args));
    return DAEMON.docker(all.toArray(String[]::new));
  }

  @Test
  void theHostNodeAppearsAtTheContainerPathWithItsNumbersAndMode() {
    CommandResult r = run("--rm", "--device", "/dev/null:/dev/xnull", "--device", nodes.resolve("x240") + ":/dev/mine",
        "--device", "/dev/full", "busybox", "ls", "-l", "/dev/xnull", "/dev/mine", "/dev/full");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines().toList()).satisfiesExactly(
        l -> assertThat(l).startsWith("crw-rw-rw-").contains("1,   7").endsWith("/dev/full"),
        l -> assertThat(l).startsWith("crw-r-----").contains("240,   7").endsWith("/dev/mine"),
        l -> assertThat(l).startsWith("crw-rw-rw-").contains("1,   3").endsWith("/dev/xnull"));
  }

  @Test
  void theDeviceCgroupGrantsExactlyTheGivenPermissions() {
    String dev = nodes.resolve("x240").toString();
    CommandResult writeOnly = run("--rm", "--device", dev + ":/dev/mine:w", "busybox", "sh", "-c",
        "cat /dev/mine; echo x > /dev/mine; true");
    assertThat(writeOnly.exitCode()).as(writeOnly.stderr()).isZero();
    assertThat(writeOnly.stderr()).contains("cat: can't open '/dev/mine': Operation not permitted")
        .contains("can't create /dev/mine: No such device or address");
    CommandResult all = run("--rm", "--device", dev + ":/dev/mine", "busybox", "cat", "/dev/mine");
    assertThat(all.stderr()).contains("can't open '/dev/mine': No such device or address");
  }

  @Test
  void aDirectoryAddsTheDeviceNodesBelowIt() {
    CommandResult r = run("--rm", "--device", nodes.resolve("tree") + ":/dev/tree", "busybox", "ls", "-lR", "/dev/tree");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("brw-------").contains("240,   9").doesNotContain("plain");
  }

  @Test
  void aPathThatIsNoDeviceFailsTheStartAsInDockerdAndLeavesNothing() {
    CommandResult missing = run("--rm", "--device", "/dev/drydock-no-such-device", "busybox", "true");
    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(missing.stderr()).contains("Error response from daemon: error gathering device information while adding custom device "
        + "\"/dev/drydock-no-such-device\": no such file or directory");

    String plain = nodes.resolve("tree/plain").toString();
    CommandResult notADevice = run("--name", "dev-plain", "--device", plain, "busybox", "true");
    assertThat(notADevice.exitCode()).isEqualTo(125);
    assertThat(notADevice.stderr()).contains("error gathering device information while adding custom device \"" + plain + "\": not a device node");
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.ExitCode}} {{.State.Pid}}", "dev-plain")).isEqualTo("created 128 0");
    assertThat(DAEMON.inspect("{{.State.Error}}", "dev-plain")).contains("not a device node");
    assertThat(DAEMON.docker("rm", "dev-plain").exitCode()).isZero();
    assertThat(DAEMON.docker("ps", "-aq").stdout()).isBlank();
  }

  @Test
  void badPermissionsAreRefusedByTheCliAndInspectShowsTheDevicesAsSent() {
    CommandResult bad = run("--rm", "--device", "/dev/null:/dev/xnull:rwx", "busybox", "true");
    assertThat(bad.exitCode()).isEqualTo(125);
    assertThat(bad.stderr()).contains("bad mode specified: rwx");

    assertThat(DAEMON.docker("create", "--name", "dev-inspect", "--device", "/dev/null:/dev/xnull:rw", "--device", "/dev/zero",
        "busybox", "true").exitCode()).isZero();
    assertThat(DAEMON.inspect("{{json .HostConfig.Devices}}", "dev-inspect")).isEqualTo(
        "[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"/dev/xnull\",\"CgroupPermissions\":\"rw\"},"
            + "{\"PathOnHost\":\"/dev/zero\",\"PathInContainer\":\"/dev/zero\",\"CgroupPermissions\":\"rwm\"}]");
    assertThat(DAEMON.docker("create", "--name", "dev-none", "busybox", "true").exitCode()).isZero();
    assertThat(DAEMON.inspect("{{json .HostConfig.Devices}}", "dev-none")).isEqualTo("[]");
    assertThat(DAEMON.docker("rm", "dev-inspect", "dev-none").exitCode()).isZero();
  }

  @Test
  void aDeviceCgroupRuleIsInTheContainersDeviceCgroupAfterTheDefaults() {
    CommandResult r = run("--rm", "--device-cgroup-rule", "c 240:* rw", "--device-cgroup-rule", "b 7:0 r", "busybox",
        "cat", "/sys/fs/cgroup/devices/devices.list");
    Requirements.require("kernel", r.stderr().contains("No such file") ? Optional.of("needs the cgroup v1 devices controller") : Optional.empty());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines().toList()).contains("c 240:* rw", "b 7:0 r", "c 1:3 rwm", "c *:* m").doesNotContain("a *:* rwm");
  }

  @Test
  void aDeviceCgroupRuleLetsTheContainerOpenANodeItMade() {
    // enforced by the v1 devices controller or, on cgroup v2, by the container's device program
    String script = "mknod /tmp/m c 240 1 && cat /tmp/m; true";
    CommandResult denied = run("--rm", "busybox", "sh", "-c", script);
    assertThat(denied.stderr()).contains("can't open '/tmp/m': Operation not permitted");
    CommandResult allowed = run("--rm", "--device-cgroup-rule", "c 240:1 r", "busybox", "sh", "-c", script);
    assertThat(allowed.stderr()).contains("can't open '/tmp/m': No such device or address");
  }

  @Test
  void aRuleTheKernelRefusesFailsTheStartLeavingTheContainerCreatedAndInspectShowsTheRulesAsSent() {
    CommandResult big = run("--name", "dcr-big", "--device-cgroup-rule", "c 99999999999:1 r", "busybox", "true");
    assertThat(big.exitCode()).isEqualTo(125);
    assertThat(big.stderr()).contains("Error response from daemon:").contains("c 99999999999:1 r");
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.ExitCode}} {{json .HostConfig.DeviceCgroupRules}}", "dcr-big"))
        .isEqualTo("created 128 [\"c 99999999999:1 r\"]");
    assertThat(DAEMON.docker("create", "--name", "dcr-none", "busybox", "true").exitCode()).isZero();
    assertThat(DAEMON.inspect("{{json .HostConfig.DeviceCgroupRules}}", "dcr-none")).isEqualTo("null");
    CommandResult bad = run("--rm", "--device-cgroup-rule", "c 1:3 rwx", "busybox", "true");
    assertThat(bad.exitCode()).isEqualTo(125);
    assertThat(bad.stderr()).contains("invalid device cgroup format 'c 1:3 rwx'");
    assertThat(DAEMON.docker("rm", "dcr-big", "dcr-none").exitCode()).isZero();
    assertThat(DAEMON.docker("ps", "-aq").stdout()).isBlank();
  }

  /**
   * Where the host has a cgroup2 hierarchy, the container's cgroup there holds exactly one device
   * program (read back with BPF_PROG_QUERY from the cgroup its init is in), and none is left once
   * the container is removed: the kernel drops it with the cgroup.
   */
  @Test
  void theContainersUnifiedCgroupHoldsItsDeviceProgram() throws IOException {
    Path unified = Path.of("/sys/fs/cgroup/unified");
    Path mount = Files.isDirectory(unified) ? unified : Path.of("/sys/fs/cgroup");
    Requirements.require("kernel", Files.isRegularFile(mount.resolve("cgroup.controllers")) ? Optional.empty()
        : Optional.of("needs a cgroup2 hierarchy"));
    CommandResult started = run("-d", "--name", "dcr-bpf", "--device-cgroup-rule", "c 240:* rw", "busybox", "sleep", "60");
    assertThat(started.exitCode()).as(started.stderr()).isZero();
    try {
      String pid = DAEMON.inspect("{{.State.Pid}}", "dcr-bpf");
      String path = Files.readAllLines(Path.of("/proc", pid, "cgroup")).stream().filter(l -> l.startsWith("0::"))
          .findFirst().orElseThrow().substring(3);
      Path cgroup = mount.resolve(path.substring(1));
      assertThat(io.drydock.os.BpfCalls.attachedCgroupDevicePrograms(cgroup)).as(cgroup.toString()).hasSize(1);
      assertThat(DAEMON.docker("rm", "-f", "dcr-bpf").exitCode()).isZero();
      assertThat(cgroup).doesNotExist();
    } finally {
      DAEMON.docker("rm", "-f", "dcr-bpf");
    }
  }
}
