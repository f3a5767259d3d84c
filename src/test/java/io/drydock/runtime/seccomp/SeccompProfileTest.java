package io.drydock.runtime.seccomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeccompProfileTest {
  @Test
  void ociNamesParse() {
    assertThat(SeccompAction.fromOciName("SCMP_ACT_ERRNO")).isEqualTo(SeccompAction.SCMP_ACT_ERRNO);
    assertThat(ArgOp.fromOciName("SCMP_CMP_MASKED_EQ")).isEqualTo(ArgOp.SCMP_CMP_MASKED_EQ);
    assertThat(Arch.fromOciName("SCMP_ARCH_AARCH64")).isEqualTo(Arch.AARCH64);
    assertThat(SeccompFlag.fromOciName("SECCOMP_FILTER_FLAG_LOG").bit()).isEqualTo(2);
  }

  @Test
  void unknownNamesAreNamedInTheError() {
    assertThatThrownBy(() -> SeccompAction.fromOciName("SCMP_ACT_EXPLODE"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("\"SCMP_ACT_EXPLODE\"");
    assertThatThrownBy(() -> ArgOp.fromOciName("SCMP_CMP_ALMOST"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("\"SCMP_CMP_ALMOST\"");
    assertThatThrownBy(() -> Arch.fromOciName("SCMP_ARCH_Z80"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("\"SCMP_ARCH_Z80\"");
    assertThatThrownBy(() -> SeccompFlag.fromOciName("SECCOMP_FILTER_FLAG_NOPE"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("\"SECCOMP_FILTER_FLAG_NOPE\"");
  }

  @Test
  void badRulesAreRefused() {
    assertThatThrownBy(() -> ArgCondition.of(6, ArgOp.SCMP_CMP_EQ, 0))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("index 6");
    assertThatThrownBy(() -> new SyscallRule(List.of(), SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(), List.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("names no syscall");
    assertThatThrownBy(() -> new SyscallRule(List.of("read"), SeccompAction.SCMP_ACT_ALLOW, OptionalInt.of(1), List.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("errnoRet");
    assertThatThrownBy(() -> new SyscallRule(List.of("read"), SeccompAction.SCMP_ACT_ERRNO, OptionalInt.of(70000), List.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("70000");
    assertThatThrownBy(() -> new SeccompProfile(SeccompAction.SCMP_ACT_KILL, OptionalInt.of(1), List.of(), Set.of(), List.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("defaultAction");
  }

  @Test
  void flagsBecomeTheSeccompFlagsArgument() {
    SeccompProfile profile = new SeccompProfile(SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(), List.of(),
        Set.of(SeccompFlag.SECCOMP_FILTER_FLAG_TSYNC, SeccompFlag.SECCOMP_FILTER_FLAG_SPEC_ALLOW), List.of());
    assertThat(profile.flagMask()).isEqualTo(1 | 4);
  }

  @Test
  void everyTableHasTheBasicsAndDistinctNumbers() {
    for (Arch arch : List.of(Arch.X86_64, Arch.X86, Arch.X32, Arch.AARCH64)) {
      SyscallTable table = SyscallTable.of(arch);
      assertThat(table.number("read")).as("%s read", arch).isPresent();
      assertThat(table.number("exit_group")).as("%s exit_group", arch).isPresent();
      assertThat(Set.copyOf(table.entries().values())).as("%s numbers", arch).hasSize(table.entries().size());
    }
    assertThat(SyscallTable.of(Arch.X86_64).number("read")).hasValue(0);
    assertThat(SyscallTable.of(Arch.X86_64).number("mkdir")).hasValue(83);
    assertThat(SyscallTable.of(Arch.AARCH64).number("openat")).hasValue(56);
    assertThat(SyscallTable.of(Arch.AARCH64).number("open")).isEmpty();
    assertThat(SyscallTable.of(Arch.X86).number("socketcall")).hasValue(102);
  }
}
