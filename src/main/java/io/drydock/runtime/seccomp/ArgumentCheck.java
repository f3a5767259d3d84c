package io.drydock.runtime.seccomp;

import io.drydock.runtime.seccomp.BackwardAssembler.Label;

/**
 * BPF for one 64-bit argument comparison. Classic BPF has a 32-bit accumulator, so each argument is
 * compared as two little-endian words: the high word decides unless it is equal to the value's high
 * word, then the low word decides. All jumps are unsigned, as OCI's comparisons are.
 */
final class ArgumentCheck {
  private ArgumentCheck() {}

  /** Emits the check of {@code c}, continuing at {@code pass} or {@code fail}; returns its entry. */
  static Label emit(BackwardAssembler asm, ArgCondition c, int argsOffset, Label pass, Label fail) {
    int lo = argsOffset + 8 * c.index();
    int hi = lo + 4;
    return switch (c.op()) {
      case SCMP_CMP_EQ -> equal(asm, lo, hi, c.value(), pass, fail);
      case SCMP_CMP_NE -> equal(asm, lo, hi, c.value(), fail, pass);
      case SCMP_CMP_GT -> greater(asm, lo, hi, c.value(), BpfInstruction.JGT_K, pass, fail);
      case SCMP_CMP_LE -> greater(asm, lo, hi, c.value(), BpfInstruction.JGT_K, fail, pass);
      case SCMP_CMP_GE -> greater(asm, lo, hi, c.value(), BpfInstruction.JGE_K, pass, fail);
      case SCMP_CMP_LT -> greater(asm, lo, hi, c.value(), BpfInstruction.JGE_K, fail, pass);
      case SCMP_CMP_MASKED_EQ -> maskedEqual(asm, lo, hi, c.value(), c.valueTwo(), pass, fail);
    };
  }

  private static Label equal(BackwardAssembler asm, int lo, int hi, long value, Label yes, Label no) {
    asm.jump(BpfInstruction.JEQ_K, low(value), yes, no);
    Label loadLow = asm.load(lo);
    asm.jump(BpfInstruction.JEQ_K, high(value), loadLow, no);
    return asm.load(hi);
  }

  /** {@code arg > value} ({@code lowJump} JGT) or {@code arg >= value} ({@code lowJump} JGE). */
  private static Label greater(BackwardAssembler asm, int lo, int hi, long value, int lowJump, Label yes, Label no) {
    asm.jump(lowJump, low(value), yes, no);
    Label loadLow = asm.load(lo);
    Label highEqual = asm.jump(BpfInstruction.JEQ_K, high(value), loadLow, no);
    asm.jump(BpfInstruction.JGT_K, high(value), yes, highEqual);
    return asm.load(hi);
  }

  private static Label maskedEqual(BackwardAssembler asm, int lo, int hi, long mask, long expected, Label yes, Label no) {
    asm.jump(BpfInstruction.JEQ_K, low(expected), yes, no);
    asm.and(low(mask));
    Label loadLow = asm.load(lo);
    asm.jump(BpfInstruction.JEQ_K, high(expected), loadLow, no);
    asm.and(high(mask));
    return asm.load(hi);
  }

  private static int low(long value) {
    return (int) value;
  }

  private static int high(long value) {
    return (int) (value >>> 32);
  }
}
