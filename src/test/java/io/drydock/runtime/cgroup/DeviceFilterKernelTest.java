package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.os.SignalCalls;
import io.drydock.runtime.cgroup.bpf.DeviceFilterInstaller;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device program on a real cgroup2 hierarchy (the unified mount of a hybrid host, or the one
 * of a v2 host), with real processes: what the kernel lets a process in the cgroup open and make
 * follows the rules, an update changes it, and removal leaves no program, cgroup or fd behind.
 */
@KernelTest
class DeviceFilterKernelTest {
  private static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  private static final int SIGKILL = 9;
  private static final DeviceAccessRule DENY_ALL = new DeviceAccessRule(false, 'a', -1, -1, "rwm");

  private final String parent = "drydock-bpf-test-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Process> started = new ArrayList<>();
  private CgroupHost host;
  private Path unified;
  private V2CgroupManager cgroup;

  @BeforeEach
  void manager() {
    host = CgroupHostReader.read();
    Requirements.require("kernel", host.unifiedMount().isPresent() ? Optional.empty()
        : Optional.of("needs a cgroup2 hierarchy"));
    Requirements.require("kernel", Files.isExecutable(BUSYBOX) ? Optional.empty() : Optional.of("needs busybox-static"));
    unified = host.unifiedMount().orElseThrow();
    cgroup = new V2CgroupManager(CgroupFs.host(), unified, host.unifiedControllers(), parent + "/c1");
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (Process p : started) {
      SignalCalls.kill(p.pid(), SIGKILL);
      p.waitFor(5, TimeUnit.SECONDS);
    }
    assertThat(CgroupManagerKernelTest.removeTree(unified.resolve(parent))).as("cgroups left").isEmpty();
  }

  private static CgroupResources devices(DeviceAccessRule... rules) {
    return CgroupResources.builder().devices(List.of(rules)).build();
  }

  private static DeviceAccessRule allow(char type, long major, long minor, String access) {
    return new DeviceAccessRule(true, type, major, minor, access);
  }

  /** The bytes {@code head -c1} read from {@code device} ("1"), or its error. */
  private String open(String device) throws Exception {
    return inCgroup("head -c1 " + device + " | wc -c");
  }

  /** Runs {@code script} in busybox sh, moved into the cgroup before it goes past its first read. */
  private String inCgroup(String script) throws Exception {
    Process p = new ProcessBuilder(BUSYBOX.toString(), "sh", "-c", "read go; " + script).redirectErrorStream(true).start();
    started.add(p);
    cgroup.addProcess(p.pid());
    try (OutputStream in = p.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("busybox finished").isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }

  private List<Integer> attached() {
    return DeviceFilterInstaller.attached(unified.resolve(parent).resolve("c1"));
  }

  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void aDeniedDeviceIsRefusedAndAnAllowedOneOpens() throws Exception {
    cgroup.create(devices(DENY_ALL, allow('c', 1, 3, "rwm")));

    assertThat(attached()).hasSize(1);
    assertThat(inCgroup("cat /dev/null && echo opened")).isEqualTo("opened");
    assertThat(open("/dev/zero")).contains("/dev/zero").contains("Operation not permitted");
  }

  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void anUpdateReplacesTheProgramAndChangesWhatIsEnforced() throws Exception {
    cgroup.create(devices(DENY_ALL, allow('c', 1, 3, "rwm")));
    List<Integer> before = attached();

    cgroup.update(devices(DENY_ALL, allow('c', 1, 5, "r")));

    assertThat(attached()).hasSize(1).doesNotContainAnyElementsOf(before);
    assertThat(open("/dev/zero")).isEqualTo("1");
    assertThat(inCgroup("echo x >/dev/zero && echo written")).contains("Operation not permitted");
    assertThat(inCgroup("cat /dev/null && echo opened")).contains("Operation not permitted");
  }

  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void makingANodeNeedsTheMknodAccess(@TempDir Path dir) throws Exception {
    cgroup.create(devices(DENY_ALL, allow('c', 1, 3, "rw")));
    assertThat(inCgroup("mknod " + dir.resolve("a") + " c 1 3 && echo made")).contains("Operation not permitted");

    cgroup.update(devices(DENY_ALL, allow('c', 1, 3, "rw"), allow('c', DeviceAccessRule.ANY, DeviceAccessRule.ANY, "m")));
    assertThat(inCgroup("mknod " + dir.resolve("b") + " c 1 3 && echo made")).isEqualTo("made");
  }

  @Test
  void noRulesAttachNoProgram() {
    cgroup.create(CgroupResources.none());

    assertThat(attached()).isEmpty();
  }

  @Test
  void removalLeavesNoProgramCgroupOrFileDescriptor() throws Exception {
    long fdsBefore = bpfProgramFds();
    cgroup.create(devices(DENY_ALL, allow('c', 1, 3, "rwm")));
    cgroup.update(devices(DENY_ALL, allow('c', 1, 5, "rwm")));
    assertThat(bpfProgramFds()).as("program fds held after create and update").isEqualTo(fdsBefore);
    Path dir = unified.resolve(parent).resolve("c1");

    cgroup.destroy();

    assertThat(dir).doesNotExist();
    assertThatThrownBy(() -> DeviceFilterInstaller.attached(dir)).isInstanceOf(DrydockException.class)
        .hasMessageContaining("No such file or directory");
    assertThat(bpfProgramFds()).isEqualTo(fdsBefore);
  }

  @Test
  void theHybridManagerAttachesTheProgramToTheUnifiedCgroupToo() throws Exception {
    Requirements.require("kernel", host.layout() == CgroupLayout.HYBRID ? Optional.empty() : Optional.of("needs a hybrid cgroup host"));
    CgroupManager hybrid = CgroupManagers.onThisHost(parent + "/c1");
    try {
      hybrid.create(devices(DENY_ALL, allow('c', 1, 3, "rwm")));

      assertThat(hybrid.appliesDeviceRules()).isTrue();
      assertThat(attached()).hasSize(1);
    } finally {
      hybrid.destroy();
      for (Path mount : host.v1Hierarchies()) {
        assertThat(CgroupManagerKernelTest.removeTree(mount.resolve(parent))).isEmpty();
      }
    }
  }

  /** The fds of this JVM that hold an eBPF program. */
  static long bpfProgramFds() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().equals("anon_inode:bpf-prog");
        } catch (IOException gone) {
          return false;
        }
      }).count();
    }
  }
}
