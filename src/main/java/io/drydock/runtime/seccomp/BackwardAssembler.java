package io.drydock.runtime.seccomp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a BPF program from its last instruction to its first. Classic BPF only jumps forward, so
 * every jump target already exists when the jump is emitted and its distance is known; a
 * conditional jump farther than 255 instructions (its 8-bit limit) gets an unconditional
 * {@code JA} trampoline (32-bit offset) placed right after it. That keeps any program, however many
 * rules it has, correctly linked without a fix-up pass.
 *
 * <p>A {@link Label} is an instruction's distance from the program's end, which never changes as
 * more instructions are put in front.
 */
final class BackwardAssembler {
  /** The largest offset {@code jt}/{@code jf} can hold. */
  static final int MAX_SHORT_JUMP = 0xff;

  /** An emitted instruction, by its position counted from the end of the program. */
  record Label(int fromEnd) {}

  private final List<BpfInstruction> reversed = new ArrayList<>();
  private final Map<Label, Label> lastTrampolineTo = new HashMap<>();

  /** Puts {@code insn} in front of everything emitted so far and returns its label. */
  Label emit(BpfInstruction insn) {
    reversed.add(insn);
    return new Label(reversed.size() - 1);
  }

  /** The label of the instruction emitted last (the one that follows whatever is emitted next). */
  Label next() {
    return new Label(reversed.size() - 1);
  }

  Label ret(int value) {
    return emit(BpfInstruction.ret(value));
  }

  Label load(int offset) {
    return emit(BpfInstruction.load(offset));
  }

  Label and(int mask) {
    return emit(BpfInstruction.and(mask));
  }

  /** Emits {@code if (A <op> k) goto onTrue else goto onFalse}, with trampolines when needed. */
  Label jump(int code, int k, Label onTrue, Label onFalse) {
    Label falseTarget = reachable(onFalse);
    Label trueTarget = reachable(onTrue);
    int position = reversed.size();
    return emit(BpfInstruction.jump(code, k, distance(position, trueTarget), distance(position, falseTarget)));
  }

  /** Emits {@code goto target}. */
  Label ja(Label target) {
    return emit(BpfInstruction.ja(distance(reversed.size(), target)));
  }

  /**
   * The label a conditional jump emitted next may use for {@code target}: the target itself when
   * near enough (counting one more trampoline that may still be placed), else a new trampoline.
   */
  private Label reachable(Label target) {
    if (distance(reversed.size() + 1, target) <= MAX_SHORT_JUMP) {
      return target;
    }
    Label trampoline = lastTrampolineTo.get(target);
    if (trampoline != null && distance(reversed.size() + 1, trampoline) <= MAX_SHORT_JUMP) {
      return trampoline;
    }
    trampoline = ja(target);
    lastTrampolineTo.put(target, trampoline);
    return trampoline;
  }

  private static int distance(int position, Label target) {
    return position - target.fromEnd() - 1;
  }

  /** Instructions emitted so far. */
  int size() {
    return reversed.size();
  }

  /** The finished program, first instruction first. */
  BpfProgram build() {
    List<BpfInstruction> forward = new ArrayList<>(reversed);
    Collections.reverse(forward);
    return new BpfProgram(forward);
  }
}
