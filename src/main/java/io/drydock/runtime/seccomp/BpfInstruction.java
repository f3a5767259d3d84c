package io.drydock.runtime.seccomp;

/**
 * One classic-BPF instruction, the kernel's {@code struct sock_filter}: a 16-bit opcode, two 8-bit
 * conditional jump offsets (relative to the next instruction) and a 32-bit operand. Only the
 * opcodes below are emitted, all of which the kernel's seccomp checker accepts.
 */
public record BpfInstruction(int code, int jt, int jf, int k) {
  /** {@code BPF_LD | BPF_W | BPF_ABS}: A = 32-bit word at offset k of {@code seccomp_data}. */
  public static final int LD_W_ABS = 0x20;
  /** {@code BPF_JMP | BPF_JA}: skip k instructions. */
  public static final int JA = 0x05;
  /** {@code BPF_JMP | BPF_JEQ | BPF_K}. */
  public static final int JEQ_K = 0x15;
  /** {@code BPF_JMP | BPF_JGT | BPF_K} (unsigned). */
  public static final int JGT_K = 0x25;
  /** {@code BPF_JMP | BPF_JGE | BPF_K} (unsigned). */
  public static final int JGE_K = 0x35;
  /** {@code BPF_JMP | BPF_JSET | BPF_K}. */
  public static final int JSET_K = 0x45;
  /** {@code BPF_ALU | BPF_AND | BPF_K}. */
  public static final int AND_K = 0x54;
  /** {@code BPF_RET | BPF_K}: the filter's verdict. */
  public static final int RET_K = 0x06;

  /** Bytes of one {@code struct sock_filter}. */
  public static final int SIZE = 8;

  public BpfInstruction {
    if (code < 0 || code > 0xffff || jt < 0 || jt > 0xff || jf < 0 || jf > 0xff) {
      throw new IllegalArgumentException("not a sock_filter: code=" + code + " jt=" + jt + " jf=" + jf);
    }
  }

  static BpfInstruction load(int offset) {
    return new BpfInstruction(LD_W_ABS, 0, 0, offset);
  }

  static BpfInstruction jump(int code, int k, int jt, int jf) {
    return new BpfInstruction(code, jt, jf, k);
  }

  static BpfInstruction ja(int skip) {
    return new BpfInstruction(JA, 0, 0, skip);
  }

  static BpfInstruction and(int mask) {
    return new BpfInstruction(AND_K, 0, 0, mask);
  }

  static BpfInstruction ret(int value) {
    return new BpfInstruction(RET_K, 0, 0, value);
  }

  /** Whether this is a conditional jump (uses jt/jf). */
  public boolean isConditionalJump() {
    return code == JEQ_K || code == JGT_K || code == JGE_K || code == JSET_K;
  }

  @Override
  public String toString() {
    return String.format("{0x%02x, %d, %d, 0x%08x}", code, jt, jf, k);
  }
}
