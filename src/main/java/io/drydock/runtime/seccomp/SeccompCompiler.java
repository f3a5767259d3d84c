package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import io.drydock.runtime.seccomp.BackwardAssembler.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles a {@link SeccompProfile} into the BPF program for one native arch. Layout (forward):
 *
 * <pre>
 *   ld arch;  jeq AUDIT_1 → section 1;  jeq AUDIT_2 → section 2; ...;  ret KILL_PROCESS
 *   section: ld nr;  [x86_64: jge 0x40000000 → x32 part]  binary search on nr → rule chain | ret default
 *   rule chain (one per distinct list of rules for a number): for each rule in profile order,
 *            its argument checks (hi word, then lo word) → ret action, on failure the next rule
 * </pre>
 *
 * The rules, arch handling and deviations from libseccomp are in {@code spec/seccomp.md}.
 */
public final class SeccompCompiler {
  /** What a system call of an arch outside the profile gets: the whole process dies. */
  public static final SeccompAction FOREIGN_ARCH_ACTION = SeccompAction.SCMP_ACT_KILL_PROCESS;

  /** {@code -1}: the number a tracer sets to skip a syscall; never treated as x32. */
  static final int SKIPPED_SYSCALL = -1;

  private static final int NR_OFFSET = 0;
  private static final int ARCH_OFFSET = 4;
  private static final int ARGS_OFFSET = 16;
  private static final int LEAF_SIZE = 4;

  private final SeccompProfile profile;
  private final BackwardAssembler asm = new BackwardAssembler();

  private SeccompCompiler(SeccompProfile profile) {
    this.profile = profile;
  }

  /**
   * The filter for a machine whose native arch is {@code nativeArch}, covering the native arch and
   * every arch of {@code profile.architectures()} drydock has a syscall table for.
   *
   * @throws DrydockException.InvalidArgument for a syscall name no table knows
   * @throws DrydockException.NotImplemented for {@code SCMP_ACT_NOTIFY} or a native arch without table
   */
  public static BpfProgram compile(SeccompProfile profile, Arch nativeArch) {
    check(profile, nativeArch);
    return new SeccompCompiler(profile).program(coveredArches(profile, nativeArch));
  }

  /** The arches whose system calls the program of {@code profile} on {@code nativeArch} checks. */
  public static Set<Arch> coveredArches(SeccompProfile profile, Arch nativeArch) {
    Set<Arch> arches = new LinkedHashSet<>();
    arches.add(nativeArch);
    for (Arch arch : profile.architectures()) {
      if (arch.hasSyscallTable()) {
        arches.add(arch);
      }
    }
    return arches;
  }

  private static void check(SeccompProfile profile, Arch nativeArch) {
    if (!nativeArch.canBeNative()) {
      throw new DrydockException.NotImplemented("seccomp: cannot compile a filter for native arch "
          + nativeArch.ociName() + " (drydock has syscall tables for x86_64, x86 and aarch64)");
    }
    refuseNotify(profile.defaultAction());
    for (SyscallRule rule : profile.syscalls()) {
      refuseNotify(rule.action());
      for (String name : rule.names()) {
        if (!SyscallTable.knownToAnyArch(name)) {
          throw new DrydockException.InvalidArgument("seccomp: unknown syscall \"" + name
              + "\" (not in the syscall table of any architecture drydock knows)");
        }
      }
    }
  }

  private static void refuseNotify(SeccompAction action) {
    if (action == SeccompAction.SCMP_ACT_NOTIFY) {
      throw new DrydockException.NotImplemented(
          "seccomp: SCMP_ACT_NOTIFY (user-space notification) is not supported by drydock's runtime");
    }
  }

  private BpfProgram program(Set<Arch> arches) {
    Map<Integer, Set<Arch>> byAudit = new LinkedHashMap<>();
    for (Arch arch : arches) {
      byAudit.computeIfAbsent(arch.auditArch(), audit -> new LinkedHashSet<>()).add(arch);
    }
    List<Map.Entry<Integer, Label>> sections = new ArrayList<>();
    for (Map.Entry<Integer, Set<Arch>> group : byAudit.entrySet()) {
      sections.add(Map.entry(group.getKey(), section(group.getValue())));
    }
    Label next = asm.ret(FOREIGN_ARCH_ACTION.returnValue(OptionalInt.empty()));
    for (int i = sections.size() - 1; i >= 0; i--) {
      next = asm.jump(BpfInstruction.JEQ_K, sections.get(i).getKey(), sections.get(i).getValue(), next);
    }
    asm.load(ARCH_OFFSET);
    if (asm.size() > BpfProgram.MAX_INSTRUCTIONS) {
      throw new DrydockException.InvalidArgument("seccomp profile too large: it compiles to " + asm.size()
          + " BPF instructions for " + arches.stream().map(Arch::ociName).toList() + ", the kernel accepts at most "
          + BpfProgram.MAX_INSTRUCTIONS);
    }
    return asm.build();
  }

  /** One audit arch: its number ranges (x86_64 vs x32) each go to their arch's rules. */
  private Label section(Set<Arch> arches) {
    if (!arches.contains(Arch.X86_64) && !arches.contains(Arch.X32)) {
      body(arches.iterator().next());
      return asm.load(NR_OFFSET);
    }
    Label foreign = asm.ret(FOREIGN_ARCH_ACTION.returnValue(OptionalInt.empty()));
    Label x32 = arches.contains(Arch.X32) ? body(Arch.X32) : foreign;
    Label x64 = arches.contains(Arch.X86_64) ? body(Arch.X86_64) : foreign;
    Label highNumbers = arches.contains(Arch.X32) ? x32 : asm.jump(BpfInstruction.JEQ_K, SKIPPED_SYSCALL, x64, x32);
    asm.jump(BpfInstruction.JGE_K, Arch.X32_SYSCALL_BIT, highNumbers, x64);
    return asm.load(NR_OFFSET);
  }

  /** The rules of one arch, entered with the syscall number in A. */
  private Label body(Arch arch) {
    Label defaultReturn = asm.ret(profile.defaultReturnValue());
    SyscallTable table = SyscallTable.of(arch);
    Map<List<Arm>, Label> emitted = new HashMap<>();
    List<int[]> targets = new ArrayList<>();
    for (Map.Entry<Integer, List<Arm>> entry : chainsByNumber(table).descendingMap().entrySet()) {
      Label chain = emitted.computeIfAbsent(entry.getValue(), arms -> chain(arms, defaultReturn));
      targets.add(0, new int[] {entry.getKey(), chain.fromEnd()});
    }
    return tree(targets, 0, targets.size(), defaultReturn);
  }

  /** What a rule contributes to the chain of one syscall number: its return value and conditions. */
  private record Arm(int returnValue, List<ArgCondition> args) {}

  private TreeMap<Integer, List<Arm>> chainsByNumber(SyscallTable table) {
    TreeMap<Integer, List<Arm>> chains = new TreeMap<>();
    for (SyscallRule rule : profile.syscalls()) {
      Set<Integer> numbers = new LinkedHashSet<>();
      for (String name : rule.names()) {
        table.number(name).ifPresent(numbers::add);
      }
      for (int number : numbers) {
        List<Arm> arms = chains.computeIfAbsent(number, n -> new ArrayList<>());
        boolean unreachable = !arms.isEmpty() && arms.get(arms.size() - 1).args().isEmpty();
        if (!unreachable) {
          arms.add(new Arm(rule.returnValue(), rule.args()));
        }
      }
    }
    return chains;
  }

  private Label chain(List<Arm> arms, Label defaultReturn) {
    Label onFailure = defaultReturn;
    for (int i = arms.size() - 1; i >= 0; i--) {
      Label entry = asm.ret(arms.get(i).returnValue());
      List<ArgCondition> args = arms.get(i).args();
      for (int j = args.size() - 1; j >= 0; j--) {
        entry = ArgumentCheck.emit(asm, args.get(j), ARGS_OFFSET, entry, onFailure);
      }
      onFailure = entry;
    }
    return onFailure;
  }

  /** Binary search over the sorted {@code [number, chain]} pairs in {@code [from, to)}. */
  private Label tree(List<int[]> targets, int from, int to, Label miss) {
    if (to - from <= LEAF_SIZE) {
      Label next = miss;
      for (int i = to - 1; i >= from; i--) {
        next = asm.jump(BpfInstruction.JEQ_K, targets.get(i)[0], new Label(targets.get(i)[1]), next);
      }
      return next;
    }
    int middle = (from + to) >>> 1;
    Label upper = tree(targets, middle, to, miss);
    Label lower = tree(targets, from, middle, miss);
    return asm.jump(BpfInstruction.JGE_K, targets.get(middle)[0], upper, lower);
  }
}
