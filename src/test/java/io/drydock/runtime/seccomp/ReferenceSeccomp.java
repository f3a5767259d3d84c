package io.drydock.runtime.seccomp;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The meaning of a profile written the obvious way, without BPF: what {@code spec/seccomp.md} says
 * the compiled program must return for one system call. The properties compare the two.
 */
final class ReferenceSeccomp {
  private static final int KILL_PROCESS = SeccompAction.SCMP_ACT_KILL_PROCESS.returnValue(OptionalInt.empty());

  private ReferenceSeccomp() {}

  /** Which part of the meaning decided, so properties can check their inputs reach every part. */
  enum Outcome { FOREIGN_ARCH, DEFAULT, RULE_WITHOUT_ARGS, RULE_WITH_ARGS }

  record Verdict(int value, Outcome outcome) {}

  static int evaluate(SeccompProfile profile, Arch nativeArch, SeccompData data) {
    return explain(profile, nativeArch, data).value();
  }

  static Verdict explain(SeccompProfile profile, Arch nativeArch, SeccompData data) {
    Set<Arch> covered = new LinkedHashSet<>();
    covered.add(nativeArch);
    profile.architectures().stream().filter(Arch::hasSyscallTable).forEach(covered::add);
    Arch section = sectionOf(covered, data);
    return section == null ? new Verdict(KILL_PROCESS, Outcome.FOREIGN_ARCH) : rules(profile, section, data);
  }

  private static Arch sectionOf(Set<Arch> covered, SeccompData data) {
    if (data.arch() == Arch.X86_64.auditArch()) {
      boolean x32Number = Integer.compareUnsigned(data.nr(), Arch.X32_SYSCALL_BIT) >= 0;
      if (x32Number && covered.contains(Arch.X32)) {
        return Arch.X32;
      }
      if (x32Number && data.nr() != -1) {
        return null;
      }
      return covered.contains(Arch.X86_64) ? Arch.X86_64 : null;
    }
    for (Arch arch : covered) {
      if (arch.auditArch() == data.arch()) {
        return arch;
      }
    }
    return null;
  }

  private static Verdict rules(SeccompProfile profile, Arch arch, SeccompData data) {
    SyscallTable table = SyscallTable.of(arch);
    for (SyscallRule rule : profile.syscalls()) {
      boolean named = rule.names().stream()
          .map(table::number).anyMatch(n -> n.isPresent() && n.getAsInt() == data.nr());
      if (named && rule.args().stream().allMatch(c -> holds(c, data.args()[c.index()]))) {
        return new Verdict(rule.returnValue(), rule.args().isEmpty() ? Outcome.RULE_WITHOUT_ARGS : Outcome.RULE_WITH_ARGS);
      }
    }
    return new Verdict(profile.defaultReturnValue(), Outcome.DEFAULT);
  }

  static boolean holds(ArgCondition c, long arg) {
    int order = Long.compareUnsigned(arg, c.value());
    return switch (c.op()) {
      case SCMP_CMP_EQ -> order == 0;
      case SCMP_CMP_NE -> order != 0;
      case SCMP_CMP_LT -> order < 0;
      case SCMP_CMP_LE -> order <= 0;
      case SCMP_CMP_GT -> order > 0;
      case SCMP_CMP_GE -> order >= 0;
      case SCMP_CMP_MASKED_EQ -> (arg & c.value()) == c.valueTwo();
    };
  }
}
