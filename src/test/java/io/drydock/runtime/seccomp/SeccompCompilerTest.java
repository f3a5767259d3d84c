package io.drydock.runtime.seccomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeccompCompilerTest {
  private static final int ALLOW = 0x7fff_0000;
  private static final int KILL_PROCESS = 0x8000_0000;
  private static final int ERRNO = 0x0005_0000;

  private static int x86_64(String name) {
    return SyscallTable.of(Arch.X86_64).number(name).orElseThrow();
  }

  private static int run(SeccompProfile profile, Arch nativeArch, SeccompData data) {
    return BpfInterpreter.run(SeccompCompiler.compile(profile, nativeArch), data);
  }

  private static SeccompProfile denyMkdir(List<Arch> arches) {
    return new SeccompProfile(SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(), arches, Set.of(),
        List.of(SyscallRule.of(SeccompAction.SCMP_ACT_ERRNO, "mkdir")));
  }

  @Test
  void x32NumbersCannotBypassX86_64Rules() {
    SeccompProfile profile = denyMkdir(List.of(Arch.X86_64));
    int x32Mkdir = Arch.X32_SYSCALL_BIT | x86_64("mkdir");

    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x86_64("mkdir")))).isEqualTo(ERRNO | 1);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x32Mkdir))).isEqualTo(KILL_PROCESS);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, Arch.X32_SYSCALL_BIT | x86_64("getpid"))))
        .isEqualTo(KILL_PROCESS);
  }

  @Test
  void x32SyscallsFollowTheRulesWhenTheProfileListsX32() {
    SeccompProfile profile = denyMkdir(List.of(Arch.X86_64, Arch.X32));
    int x32Mkdir = SyscallTable.of(Arch.X32).number("mkdir").orElseThrow();

    assertThat(x32Mkdir).isEqualTo(Arch.X32_SYSCALL_BIT | x86_64("mkdir"));
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x32Mkdir))).isEqualTo(ERRNO | 1);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, Arch.X32_SYSCALL_BIT | x86_64("getpid"))))
        .isEqualTo(ALLOW);
  }

  @Test
  void skippedSyscallMinusOneIsNotTakenForX32() {
    assertThat(run(denyMkdir(List.of()), Arch.X86_64, SeccompData.of(Arch.X86_64, -1))).isEqualTo(ALLOW);
  }

  @Test
  void foreignArchIsKilledAndListedArchUsesItsOwnNumbers() {
    SeccompProfile profile = denyMkdir(List.of(Arch.X86_64, Arch.X86));
    int i386Mkdir = SyscallTable.of(Arch.X86).number("mkdir").orElseThrow();

    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.AARCH64, 34))).isEqualTo(KILL_PROCESS);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86, i386Mkdir))).isEqualTo(ERRNO | 1);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86, x86_64("mkdir")))).isEqualTo(ALLOW);
    assertThat(run(denyMkdir(List.of()), Arch.X86_64, SeccompData.of(Arch.X86, i386Mkdir))).isEqualTo(KILL_PROCESS);
  }

  @Test
  void errnoRetIsHonouredAndDefaultsToEperm() {
    SeccompProfile profile = new SeccompProfile(SeccompAction.SCMP_ACT_ERRNO, OptionalInt.of(38), List.of(), Set.of(),
        List.of(
            new SyscallRule(List.of("mkdir"), SeccompAction.SCMP_ACT_ERRNO, OptionalInt.of(13), List.of()),
            SyscallRule.of(SeccompAction.SCMP_ACT_ERRNO, "rmdir"),
            SyscallRule.of(SeccompAction.SCMP_ACT_ALLOW, "read")));

    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x86_64("mkdir")))).isEqualTo(ERRNO | 13);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x86_64("rmdir")))).isEqualTo(ERRNO | 1);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x86_64("read")))).isEqualTo(ALLOW);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, x86_64("write")))).isEqualTo(ERRNO | 38);
  }

  @Test
  void sixtyFourBitArgumentsCompareBothWords() {
    long big = 0x1_0000_0005L;
    SeccompProfile profile = SeccompProfile.of(SeccompAction.SCMP_ACT_ERRNO, List.of(
        new SyscallRule(List.of("lseek"), SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(),
            List.of(ArgCondition.of(1, ArgOp.SCMP_CMP_EQ, big)))));
    int lseek = x86_64("lseek");

    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, lseek, 3, big))).isEqualTo(ALLOW);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, lseek, 3, 5))).isEqualTo(ERRNO | 1);
    assertThat(run(profile, Arch.X86_64, SeccompData.of(Arch.X86_64, lseek, 3, 0x2_0000_0005L))).isEqualTo(ERRNO | 1);
  }

  @Test
  void namesMissingOnTheNativeArchAreSkippedButNamesNoArchKnowsAreErrors() {
    SeccompProfile i386Only = SeccompProfile.of(SeccompAction.SCMP_ACT_ALLOW,
        List.of(SyscallRule.of(SeccompAction.SCMP_ACT_ERRNO, "_llseek", "socketcall")));
    assertThat(SeccompCompiler.compile(i386Only, Arch.X86_64).size()).isPositive();

    SeccompProfile bogus = SeccompProfile.of(SeccompAction.SCMP_ACT_ALLOW,
        List.of(SyscallRule.of(SeccompAction.SCMP_ACT_ERRNO, "read", "no_such_syscall")));
    assertThatThrownBy(() -> SeccompCompiler.compile(bogus, Arch.X86_64))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("no_such_syscall");
  }

  @Test
  void notifyAndTablelessNativeArchAreRefusedClearly() {
    SeccompProfile notify = SeccompProfile.of(SeccompAction.SCMP_ACT_ALLOW,
        List.of(SyscallRule.of(SeccompAction.SCMP_ACT_NOTIFY, "mkdir")));
    assertThatThrownBy(() -> SeccompCompiler.compile(notify, Arch.X86_64))
        .isInstanceOf(DrydockException.NotImplemented.class)
        .hasMessageContaining("SCMP_ACT_NOTIFY");
    assertThatThrownBy(() -> SeccompCompiler.compile(denyMkdir(List.of()), Arch.S390X))
        .isInstanceOf(DrydockException.NotImplemented.class)
        .hasMessageContaining("SCMP_ARCH_S390X");
  }

  @Test
  void longChainsGetTrampolinesAndStillDecideRight() {
    List<SyscallRule> rules = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rules.add(new SyscallRule(List.of("personality"), SeccompAction.SCMP_ACT_ERRNO, OptionalInt.of(i + 1),
          List.of(ArgCondition.of(0, ArgOp.SCMP_CMP_EQ, i))));
    }
    SeccompProfile profile = SeccompProfile.of(SeccompAction.SCMP_ACT_ALLOW, rules);
    BpfProgram program = SeccompCompiler.compile(profile, Arch.X86_64);

    assertThat(program.instructions()).anyMatch(insn -> insn.code() == BpfInstruction.JA);
    SeccompCompilerProperties.assertJumpsInBounds(program);
    int personality = x86_64("personality");
    for (int i : new int[] {0, 1, 150, 299}) {
      assertThat(BpfInterpreter.run(program, SeccompData.of(Arch.X86_64, personality, i))).isEqualTo(ERRNO | (i + 1));
    }
    assertThat(BpfInterpreter.run(program, SeccompData.of(Arch.X86_64, personality, 300))).isEqualTo(ALLOW);
  }

  @Test
  void tooLargeProfileIsAnInvalidArgumentNamingTheLimit() {
    List<SyscallRule> rules = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rules.add(new SyscallRule(List.of("personality"), SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(),
          List.of(ArgCondition.of(0, ArgOp.SCMP_CMP_EQ, i))));
    }
    assertThatThrownBy(() -> SeccompCompiler.compile(SeccompProfile.of(SeccompAction.SCMP_ACT_ERRNO, rules), Arch.X86_64))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("4096");
  }

  @Test
  void bytesAreLittleEndianSockFilters() {
    byte[] bytes = SeccompCompiler.compile(denyMkdir(List.of()), Arch.X86_64).bytes();

    assertThat(bytes.length % 8).isZero();
    assertThat(java.util.Arrays.copyOf(bytes, 8)).containsExactly(0x20, 0, 0, 0, 4, 0, 0, 0);
    assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - 8, bytes.length - 4)).containsExactly(6, 0, 0, 0);
  }
}
