package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.plan.Step;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helper answers crafted messages with structured records and runs nothing of a bad one. */
class HelperCraftedMessageTest {
  @TempDir Path tmp;

  private HelperSession send(byte[] framed) {
    return send(framed, HelperSession.Stdio.inherit());
  }

  private HelperSession send(byte[] framed, HelperSession.Stdio stdio) {
    Path helper = HelperBinary.locate(HelperBinary.HELPER, tmp.resolve("bin"));
    return HelperSession.launch(helper, tmp.resolve("h.sock"), framed, stdio);
  }

  private static byte[] body(List<Step> steps) {
    byte[] framed = HelperMessage.encode(steps);
    return Arrays.copyOfRange(framed, 4, framed.length);
  }

  @Test
  void aValidPlanWithoutNamespacesRunsAndReportsPidThenExit() {
    List<Step> steps = List.of(new Step.Clone(0, true), new Step.CloseFds(),
        new Step.Exec("/bin/sh", List.of("sh", "-c", "exit 5"), List.of()));
    try (HelperSession s = send(HelperMessage.encode(steps))) {
      HelperRecord pid = s.next().orElseThrow();
      assertThat(pid.kind()).isEqualTo(HelperProtocol.REC_PID);
      assertThat(pid.a()).isPositive();
      assertThat(s.next().orElseThrow().kind()).as("the process exec'd").isEqualTo(HelperProtocol.REC_RUNNING);
      HelperRecord exit = s.next().orElseThrow();
      assertThat(exit.kind()).isEqualTo(HelperProtocol.REC_EXIT);
      assertThat(exit.exitCode()).isEqualTo(5);
      assertThat(s.waitForExit()).as("a monitoring helper exits with its init's status").isEqualTo(5);
    }
  }

  @Test
  void aFailingStepIsReportedWithItsIndexOpAndErrno() {
    List<Step> steps = List.of(new Step.Clone(0, true), new Step.Chdir("/does/not/exist"),
        new Step.Exec("/bin/true", List.of("true"), List.of()));
    try (HelperSession s = send(HelperMessage.encode(steps))) {
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_PID);
      HelperRecord fail = s.next().orElseThrow();
      assertThat(fail.isFailure()).isTrue();
      assertThat(fail.stepIndex()).isEqualTo(1);
      assertThat(fail.op()).isEqualTo(HelperProtocol.OP_CHDIR);
      assertThat(fail.errno()).isEqualTo(2);
      assertThat(StepDescriptions.render(fail, Launcher.describe(steps)))
          .isEqualTo("chdir to /does/not/exist: No such file or directory");
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_EXIT);
    }
  }

  @Test
  void aPathThatIsMissingOrNotExecutableFailsTheExecStepInRuncsWords() throws Exception {
    Path dir = java.nio.file.Files.createDirectory(tmp.resolve("dir"));
    Path plain = java.nio.file.Files.writeString(tmp.resolve("plain"), "data");
    assertThat(execFailure(tmp.resolve("missing").toString())).isEqualTo(
        "exec: \"" + tmp.resolve("missing") + "\": stat " + tmp.resolve("missing") + ": no such file or directory");
    assertThat(execFailure(dir.toString())).isEqualTo("exec: \"" + dir + "\": permission denied");
    assertThat(execFailure(plain.toString())).isEqualTo("exec: \"" + plain + "\": permission denied");
  }

  private String execFailure(String path) {
    List<Step> steps = List.of(new Step.Clone(0, true), new Step.Exec(path, List.of("x"), List.of()));
    try (HelperSession s = send(HelperMessage.encode(steps))) {
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_PID);
      HelperRecord fail = s.next().orElseThrow();
      assertThat(fail.isFailure()).as("no RUNNING: the process never ran").isTrue();
      assertThat(fail.op()).isEqualTo(HelperProtocol.OP_EXEC);
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_EXIT);
      return StepDescriptions.render(fail, Launcher.describe(steps));
    }
  }

  /** As runc's init after its last sync: the launch succeeded, the process says why on stderr and exits 1. */
  @Test
  void anExecveThatFailsAfterTheCheckIsReportedOnTheProcesssStderr() throws Exception {
    Path script = java.nio.file.Files.writeString(tmp.resolve("script"), "#!/drydock-no-such-interpreter\n");
    java.nio.file.Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path err = tmp.resolve("stderr");
    List<Step> steps = List.of(new Step.Clone(0, true), new Step.Exec(script.toString(), List.of("script"), List.of()));
    HelperSession.Stdio stdio = new HelperSession.Stdio(ProcessBuilder.Redirect.INHERIT, ProcessBuilder.Redirect.INHERIT,
        ProcessBuilder.Redirect.to(err.toFile()));
    try (HelperSession s = send(HelperMessage.encode(steps), stdio)) {
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_PID);
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_RUNNING);
      assertThat(s.next().orElseThrow().exitCode()).isEqualTo(1);
      s.waitForExit();
    }
    assertThat(java.nio.file.Files.readString(err)).isEqualTo("exec " + script + ": no such file or directory\n");
  }

  @Test
  void aTruncatedMessageIsRefusedAsAWhole() {
    byte[] body = body(List.of(new Step.Clone(0, true), new Step.Exec("/bin/true", List.of("true"), List.of())));
    byte[] framed = HelperMessage.frame(Arrays.copyOf(body, body.length - 3));
    HelperRecord fail = onlyRecord(framed);
    assertThat(fail.isFailure()).isTrue();
    assertThat(fail.stepIndex()).isEqualTo(1);
    assertThat(fail.errno()).isEqualTo(HelperProtocol.ERR_TRUNCATED);
  }

  @Test
  void anUnknownOpIsRefusedBeforeAnythingRuns() {
    ByteBuffer b = ByteBuffer.allocate(12 + 8 + 16).order(ByteOrder.nativeOrder());
    b.putInt(HelperProtocol.MAGIC).putInt(HelperProtocol.PROTOCOL_VERSION).putInt(2);
    b.putInt(HelperProtocol.OP_CLONE).putInt(0);
    b.putInt(999).putInt(0);
    HelperRecord fail = onlyRecord(HelperMessage.frame(Arrays.copyOf(b.array(), 28)));
    assertThat(fail.isFailure()).isTrue();
    assertThat(fail.stepIndex()).isZero();
    assertThat(fail.op()).isEqualTo(HelperProtocol.OP_CLONE);
    assertThat(fail.errno()).isEqualTo(HelperProtocol.ERR_BAD_ARGS);
    ByteBuffer u = ByteBuffer.allocate(12 + 8).order(ByteOrder.nativeOrder());
    u.putInt(HelperProtocol.MAGIC).putInt(HelperProtocol.PROTOCOL_VERSION).putInt(1).putInt(999).putInt(0);
    HelperRecord unknown = onlyRecord(HelperMessage.frame(u.array()));
    assertThat(unknown.op()).isEqualTo(999);
    assertThat(unknown.errno()).isEqualTo(HelperProtocol.ERR_UNKNOWN_OP);
  }

  @Test
  void aWrongMagicIsRefusedForTheMessage() {
    byte[] body = body(List.of(new Step.Clone(0, true)));
    body[0] ^= 0x55;
    HelperRecord fail = onlyRecord(HelperMessage.frame(body));
    assertThat(fail.stepIndex()).isEqualTo(-1);
    assertThat(fail.errno()).isEqualTo(HelperProtocol.ERR_BAD_MAGIC);
    assertThat(StepDescriptions.render(fail, List.of())).isEqualTo("read the launch plan: Protocol error");
  }

  @Test
  void aPlanWithAStepOnTheWrongSideOfCloneIsRefused() {
    List<Step> steps = List.of(new Step.Chdir("/"), new Step.Clone(0, true));
    HelperRecord fail = onlyRecord(HelperMessage.encode(steps));
    assertThat(fail.isFailure()).isTrue();
    assertThat(fail.stepIndex()).isZero();
    assertThat(fail.op()).isEqualTo(HelperProtocol.OP_CHDIR);
  }

  @Test
  void seccompFlagsReachTheKernel() {
    byte[] allowAll = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putShort((short) 0x06).put((byte) 0)
        .put((byte) 0).putInt(0x7fff0000).array();
    long logAndSpecAllow = (1 << 1) | (1 << 2);
    List<Step> ok = List.of(new Step.Clone(0, true), new Step.NoNewPrivileges(), new Step.Seccomp(allowAll, logAndSpecAllow),
        new Step.Exec("/bin/sh", List.of("sh", "-c", "grep -q '^Seccomp:.2' /proc/self/status"), List.of()));
    try (HelperSession s = send(HelperMessage.encode(ok))) {
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_PID);
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_RUNNING);
      assertThat(s.next().orElseThrow().exitCode()).as("in filter mode").isZero();
    }
    List<Step> bogus = List.of(new Step.Clone(0, true), new Step.NoNewPrivileges(), new Step.Seccomp(allowAll, 1L << 20),
        new Step.Exec("/bin/true", List.of("true"), List.of()));
    try (HelperSession s = send(HelperMessage.encode(bogus))) {
      assertThat(s.next().orElseThrow().kind()).isEqualTo(HelperProtocol.REC_PID);
      HelperRecord fail = s.next().orElseThrow();
      assertThat(fail.op()).isEqualTo(HelperProtocol.OP_SECCOMP);
      assertThat(fail.errno()).as("a flag the kernel does not know: EINVAL").isEqualTo(22);
    }
  }

  private HelperRecord onlyRecord(byte[] framed) {
    try (HelperSession s = send(framed)) {
      HelperRecord r = s.next().orElseThrow();
      assertThat(s.next()).isEqualTo(Optional.empty());
      assertThat(s.waitForExit()).isEqualTo(1);
      return r;
    }
  }
}
