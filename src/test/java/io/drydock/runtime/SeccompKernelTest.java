package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's seccompFilter is installed last before exec: a hand-built filter denies mkdir. */
@KernelTest
class SeccompKernelTest {
  @TempDir Path tmp;

  /** ld arch; jne → allow; ld nr; mkdir|mkdirat → EPERM; allow. */
  static byte[] denyMkdir() {
    boolean arm = System.getProperty("os.arch").equals("aarch64");
    int arch = arm ? 0xc00000b7 : 0xc000003e;
    int mkdir = arm ? 34 : 83;
    int mkdirat = arm ? 34 : 258;
    ByteBuffer b = ByteBuffer.allocate(7 * 8).order(ByteOrder.nativeOrder());
    insn(b, 0x20, 0, 0, 4);
    insn(b, 0x15, 0, 3, arch);
    insn(b, 0x20, 0, 0, 0);
    insn(b, 0x15, 2, 0, mkdir);
    insn(b, 0x15, 1, 0, mkdirat);
    insn(b, 0x06, 0, 0, 0x7fff0000);
    insn(b, 0x06, 0, 0, 0x00050000 | 1);
    return b.array();
  }

  private static void insn(ByteBuffer b, int code, int jt, int jf, int k) {
    b.putShort((short) code).put((byte) jt).put((byte) jf).putInt(k);
  }

  @Test
  void theFilterDeniesTheChosenSyscallAndAllowsTheRest() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "mkdir /dev/shm/d && echo made || echo denied; touch /dev/shm/f && echo touched"));
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("seccomp"), bundle, tmp,
        plan -> plan.withSeccompFilter(denyMkdir()));
    assertThat(r.out()).isEqualTo("denied\ntouched\n");
    assertThat(r.err()).contains("Operation not permitted");
  }

  @Test
  void withoutTheFilterMkdirWorks() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "mkdir /dev/shm/d && echo made || echo denied"));
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("noseccomp"), bundle, tmp);
    assertThat(r.out()).isEqualTo("made\n");
  }
}
