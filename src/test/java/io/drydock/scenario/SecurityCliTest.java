package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seccomp and the other {@code --security-opt}s through the real docker CLI, read back from the
 * container's own {@code /proc/1/status}: Docker's default profile unless the container opts out.
 */
@ScenarioTest
class SecurityCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-security-cli");

  private static String statusLine(String field, String... runArgs) {
    String[] args = new String[runArgs.length + 7];
    args[0] = "run";
    args[1] = "--rm";
    System.arraycopy(runArgs, 0, args, 2, runArgs.length);
    args[runArgs.length + 2] = "busybox";
    args[runArgs.length + 3] = "busybox";
    args[runArgs.length + 4] = "grep";
    args[runArgs.length + 5] = field + ":";
    args[runArgs.length + 6] = "/proc/1/status";
    CommandResult r = DAEMON.docker(args);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout().trim().replaceAll("\\s+", " ");
  }

  @Test
  void aDefaultContainerRunsUnderTheSeccompFilter() {
    assertThat(statusLine("Seccomp")).isEqualTo("Seccomp: 2");
  }

  @Test
  void unconfinedAndPrivilegedContainersRunWithoutAFilter() {
    assertThat(statusLine("Seccomp", "--security-opt", "seccomp=unconfined")).isEqualTo("Seccomp: 0");
    assertThat(statusLine("Seccomp", "--privileged")).isEqualTo("Seccomp: 0");
  }

  @Test
  void theDefaultProfileRefusesUnshareWithEperm() {
    CommandResult blocked = DAEMON.docker("run", "--rm", "busybox", "busybox", "unshare", "-U", "true");
    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.stderr()).contains("Operation not permitted");
    CommandResult allowed = DAEMON.docker("run", "--rm", "--security-opt", "seccomp=unconfined", "busybox", "busybox", "unshare", "-U", "true");
    assertThat(allowed.exitCode()).as("unconfined, the same call is the kernel's to judge: " + allowed.stderr()).isZero();
  }

  @Test
  void aProfileFileFromTheCliIsApplied() throws Exception {
    Path profile = DAEMON.dir().resolve("no-mkdir.json");
    Files.writeString(profile, """
        {"defaultAction": "SCMP_ACT_ALLOW",
         "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"]},
                     {"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}],
         "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1}]}
        """);
    CommandResult r = DAEMON.docker("run", "--rm", "--security-opt", "seccomp=" + profile, "busybox", "sh", "-c",
        "busybox grep Seccomp: /proc/1/status; busybox mkdir /tmp/x && echo made");
    assertThat(r.stdout()).containsPattern("Seccomp:\\s+2").doesNotContain("made");
    assertThat(r.stderr()).contains("Operation not permitted");
    assertThat(r.exitCode()).isNotZero();
  }

  @Test
  void aProfileThatIsNotJsonIsRefusedAtCreate() throws Exception {
    Path profile = DAEMON.dir().resolve("broken.json");
    Files.writeString(profile, "{\"defaultAction\": ");
    CommandResult r = DAEMON.docker("create", "--name", "sec-broken", "--security-opt", "seccomp=" + profile, "busybox", "true");
    assertThat(r.exitCode()).isNotZero();
    assertThat(DAEMON.docker("inspect", "sec-broken").exitCode()).as("nothing was created").isNotZero();
  }

  /**
   * dockerd 20.10 gives both capabilities 0-37 (through CAP_AUDIT_READ; its capability library
   * knows no more), less what this host's root lacks: {@code 0000003ffeffffff} here, where root
   * has no CAP_SYS_RESOURCE. A privileged exec held CAP_PERFMON, CAP_BPF and
   * CAP_CHECKPOINT_RESTORE besides, and inherited them all.
   */
  @Test
  void aPrivilegedContainerAndAPrivilegedExecHoldTheSameCapabilitiesAsDockerd() throws Exception {
    long host = capSet(Files.readString(Path.of("/proc/self/status")), "CapBnd");
    long expected = ((1L << 38) - 1) & host;
    CommandResult container = DAEMON.docker("run", "--rm", "--privileged", "busybox", "busybox", "grep", "^Cap", "/proc/self/status");
    assertThat(container.exitCode()).as(container.stderr()).isZero();
    CommandResult run = DAEMON.docker("run", "-d", "--name", "sec-priv-exec", "busybox", "sleep", "60");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    try {
      CommandResult exec = DAEMON.docker("exec", "--privileged", "sec-priv-exec", "busybox", "grep", "^Cap", "/proc/self/status");
      assertThat(exec.exitCode()).as(exec.stderr()).isZero();
      for (String set : new String[] {"CapBnd", "CapPrm", "CapEff"}) {
        assertThat(Long.toHexString(capSet(container.stdout(), set))).as("container " + set).isEqualTo(Long.toHexString(expected));
        assertThat(Long.toHexString(capSet(exec.stdout(), set))).as("exec " + set).isEqualTo(Long.toHexString(expected));
      }
      assertThat(capSet(exec.stdout(), "CapInh")).as("the exec inherits the container's inheritable set").isZero();
    } finally {
      DAEMON.docker("rm", "-f", "sec-priv-exec");
    }
  }

  private static long capSet(String status, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + ":\\s*([0-9a-f]+)$").matcher(status);
    assertThat(m.find()).as(name + " in " + status).isTrue();
    return Long.parseUnsignedLong(m.group(1), 16);
  }

  @Test
  void noNewPrivilegesIsSetOnTheInit() {
    assertThat(statusLine("NoNewPrivs", "--security-opt", "no-new-privileges")).isEqualTo("NoNewPrivs: 1");
    assertThat(statusLine("NoNewPrivs")).isEqualTo("NoNewPrivs: 0");
  }

  @Test
  void anUnknownSecurityOptIsRefused() {
    CommandResult r = DAEMON.docker("create", "--security-opt", "nosuch=1", "busybox", "true");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr()).contains("invalid --security-opt 2: \"nosuch=1\"");
  }

  @Test
  void infoListsTheDefaultSeccompProfile() {
    CommandResult r = DAEMON.docker("info", "--format", "{{json .SecurityOptions}}");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("name=seccomp,profile=default");
  }

  @Test
  void withInitTheInitIsPid1AndTheCommandItsChild() {
    CommandResult r = DAEMON.docker("run", "--rm", "--init", "busybox", "ps");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).containsPattern("(?m)^\\s*1\\s+\\S+\\s+/sbin/docker-init -- ps$").containsPattern("(?m)^\\s*\\d+\\s+\\S+\\s+ps$");
    assertThat(DAEMON.docker("run", "--rm", "busybox", "ps").stdout()).containsPattern("(?m)^\\s*1\\s+\\S+\\s+ps$");
  }

  @Test
  void theInitsMountPointIsInTheContainersLayerAsDockerdsIsAndAReadOnlyRootfsStillGetsIt() {
    CommandResult run = DAEMON.docker("run", "--name", "init-diff", "--init", "busybox", "true");
    try {
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(DAEMON.docker("diff", "init-diff").stdout().lines().toList()).contains("A /sbin", "A /sbin/docker-init");
    } finally {
      DAEMON.docker("rm", "-f", "init-diff");
    }
    CommandResult ro = DAEMON.docker("run", "--rm", "--read-only", "--init", "busybox", "cat", "/proc/1/comm");
    assertThat(ro.exitCode()).as(ro.stderr()).isZero();
    assertThat(ro.stdout().strip()).isEqualTo("docker-init");
  }

  @Test
  void withInitTheExitCodeAndADeathBySignalPropagate() {
    assertThat(DAEMON.docker("run", "--rm", "--init", "busybox", "sh", "-c", "exit 3").exitCode()).isEqualTo(3);
    assertThat(DAEMON.docker("run", "--rm", "--init", "busybox", "sh", "-c", "kill -TERM $$").exitCode()).isEqualTo(143);
    CommandResult missing = DAEMON.docker("run", "--rm", "--init", "busybox", "/nonexistent");
    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(missing.stderr()).contains("/nonexistent");
  }

  @Test
  void withInitOrphansAreReaped() {
    CommandResult r = DAEMON.docker("run", "--rm", "--init", "busybox", "sh", "-c",
        "busybox sh -c 'sleep 0.2 &'; sleep 1; busybox grep -h State: /proc/[0-9]*/status");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("State:").doesNotContain("zombie");
  }

  @Test
  void withInitStopForwardsTheSignalSoTheContainerEndsAtOnce() {
    CommandResult run = DAEMON.docker("run", "-d", "--name", "sec-init-stop", "--init", "busybox", "sleep", "1000");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    long t0 = System.nanoTime();
    CommandResult stop = DAEMON.docker("stop", "-t", "20", "sec-init-stop");
    assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).as("SIGTERM reached sleep, no SIGKILL after 20 s").isLessThan(java.time.Duration.ofSeconds(10));
    CommandResult code = DAEMON.docker("inspect", "-f", "{{.State.ExitCode}} {{.HostConfig.Init}}", "sec-init-stop");
    assertThat(code.stdout().trim()).isEqualTo("143 true");
    DAEMON.docker("rm", "sec-init-stop");
  }

  @Test
  void inspectShowsTheSecurityOptAsSent() {
    CommandResult c = DAEMON.docker("create", "--name", "sec-inspect", "--security-opt", "seccomp=unconfined", "busybox", "true");
    assertThat(c.exitCode()).as(c.stderr()).isZero();
    CommandResult r = DAEMON.docker("inspect", "-f", "{{json .HostConfig.SecurityOpt}}", "sec-inspect");
    assertThat(r.stdout().trim()).isEqualTo("[\"seccomp=unconfined\"]");
    DAEMON.docker("rm", "sec-inspect");
  }
}
