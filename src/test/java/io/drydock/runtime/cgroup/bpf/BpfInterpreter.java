package io.drydock.runtime.cgroup.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Runs an encoded cgroup device program the way the kernel would, for the opcodes the compiler
 * emits and no others: it decodes the bytes itself (so the encoding is under test too), keeps
 * registers as 64-bit values, refuses reads of a register never written, unknown opcodes, jumps
 * outside the program and backward jumps, and answers what r0 holds at exit.
 */
public final class BpfInterpreter {
  private static final int STEP_LIMIT = 1_000_000;

  private BpfInterpreter() {}

  /** The program's answer for a request; {@code type} 1 block, 2 char; {@code access} bits mrw = 1,2,4. */
  public static long run(byte[] program, int type, int access, long major, long minor) {
    int[] ctx = {type | access << 16, (int) major, (int) minor};
    ByteBuffer code = ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN);
    int count = program.length / 8;
    long[] r = new long[11];
    boolean[] set = new boolean[11];
    set[1] = true;
    int pc = 0;
    for (int steps = 0; steps < STEP_LIMIT; steps++) {
      if (pc < 0 || pc >= count) {
        throw new IllegalStateException("pc " + pc + " outside the program of " + count);
      }
      int opcode = code.get(pc * 8) & 0xff;
      int regs = code.get(pc * 8 + 1) & 0xff;
      int dst = regs & 0xf;
      int src = regs >> 4;
      short off = code.getShort(pc * 8 + 2);
      int imm = code.getInt(pc * 8 + 4);
      pc++;
      switch (opcode) {
        case 0x61 -> {
          if (src != 1 || off < 0 || off > 8 || off % 4 != 0) {
            throw new IllegalStateException("load of ctx+" + off + " from r" + src);
          }
          r[dst] = ctx[off / 4] & 0xffffffffL;
          set[dst] = true;
        }
        case 0xbc -> {
          r[dst] = read(r, set, src) & 0xffffffffL;
          set[dst] = true;
        }
        case 0x54 -> r[dst] = (read(r, set, dst) & imm) & 0xffffffffL;
        case 0x74 -> r[dst] = (read(r, set, dst) & 0xffffffffL) >>> imm;
        case 0xb7 -> {
          r[dst] = imm;
          set[dst] = true;
        }
        case 0x15 -> pc += jump(read(r, set, dst) == imm, off);
        case 0x55 -> pc += jump(read(r, set, dst) != imm, off);
        case 0x45 -> pc += jump((read(r, set, dst) & imm) != 0, off);
        case 0x95 -> {
          return read(r, set, 0);
        }
        default -> throw new IllegalStateException("opcode 0x" + Integer.toHexString(opcode) + " not interpreted");
      }
    }
    throw new IllegalStateException("program ran " + STEP_LIMIT + " steps");
  }

  private static int jump(boolean taken, short off) {
    if (off < 0) {
      throw new IllegalStateException("backward jump " + off);
    }
    return taken ? off : 0;
  }

  private static long read(long[] r, boolean[] set, int reg) {
    if (!set[reg]) {
      throw new IllegalStateException("read of r" + reg + " before it was written");
    }
    return r[reg];
  }
}
