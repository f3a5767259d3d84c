package io.drydock.runtime.seccomp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A compiled seccomp filter: what the helper passes as {@code struct sock_fprog}. The constructor
 * checks what the kernel's checker would refuse (length, jump targets, final return), so a bad
 * program is a Java error, not an EINVAL from deep inside the container's start.
 */
public record BpfProgram(List<BpfInstruction> instructions) {
  /** {@code BPF_MAXINSNS}: the kernel refuses longer filters. */
  public static final int MAX_INSTRUCTIONS = 4096;

  /** {@code sizeof(struct seccomp_data)}: loads must stay inside it. */
  public static final int SECCOMP_DATA_SIZE = 64;

  public BpfProgram {
    instructions = List.copyOf(instructions);
    int n = instructions.size();
    if (n == 0 || n > MAX_INSTRUCTIONS) {
      throw new IllegalStateException("seccomp program has " + n + " instructions, the kernel takes 1-" + MAX_INSTRUCTIONS);
    }
    for (int i = 0; i < n; i++) {
      checkInstruction(i, instructions.get(i), n);
    }
    if (instructions.get(n - 1).code() != BpfInstruction.RET_K) {
      throw new IllegalStateException("seccomp program does not end with a return");
    }
  }

  private static void checkInstruction(int i, BpfInstruction insn, int n) {
    boolean ok = switch (insn.code()) {
      case BpfInstruction.JA -> Integer.toUnsignedLong(insn.k()) < n - i - 1;
      case BpfInstruction.JEQ_K, BpfInstruction.JGT_K, BpfInstruction.JGE_K, BpfInstruction.JSET_K ->
          i + 1 + Math.max(insn.jt(), insn.jf()) < n;
      case BpfInstruction.LD_W_ABS -> insn.k() >= 0 && insn.k() % 4 == 0 && insn.k() < SECCOMP_DATA_SIZE;
      case BpfInstruction.AND_K, BpfInstruction.RET_K -> true;
      default -> false;
    };
    if (!ok) {
      throw new IllegalStateException("seccomp program instruction " + i + " " + insn + " is invalid or jumps out of the program");
    }
  }

  public int size() {
    return instructions.size();
  }

  /** The instructions as an array of {@code struct sock_filter}, little-endian, 8 bytes each. */
  public byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(instructions.size() * BpfInstruction.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    for (BpfInstruction insn : instructions) {
      buffer.putShort((short) insn.code()).put((byte) insn.jt()).put((byte) insn.jf()).putInt(insn.k());
    }
    return buffer.array();
  }
}
