package io.drydock.runtime.seccomp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Runs a classic-BPF seccomp program on one {@link SeccompData}, as the kernel would, for the
 * subset drydock emits (LD W ABS, JA, JEQ/JGT/JGE/JSET K, ALU AND K, RET K). It works on the
 * program's {@link BpfProgram#bytes()} so the encoding is tested too, and fails loudly on anything
 * the kernel would refuse: an unknown opcode, a jump or load out of bounds, falling off the end.
 */
final class BpfInterpreter {
  private BpfInterpreter() {}

  static int run(BpfProgram program, SeccompData data) {
    ByteBuffer code = ByteBuffer.wrap(program.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer input = ByteBuffer.wrap(data.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    int count = code.capacity() / BpfInstruction.SIZE;
    int a = 0;
    int pc = 0;
    while (true) {
      if (pc < 0 || pc >= count) {
        throw new IllegalStateException("pc " + pc + " outside the program of " + count);
      }
      int base = pc * BpfInstruction.SIZE;
      int op = Short.toUnsignedInt(code.getShort(base));
      int jt = Byte.toUnsignedInt(code.get(base + 2));
      int jf = Byte.toUnsignedInt(code.get(base + 3));
      int k = code.getInt(base + 4);
      pc++;
      switch (op) {
        case 0x20 -> {
          if (k < 0 || k % 4 != 0 || k + 4 > input.capacity()) {
            throw new IllegalStateException("load at offset " + k + " outside seccomp_data");
          }
          a = input.getInt(k);
        }
        case 0x54 -> a &= k;
        case 0x05 -> {
          if (Integer.toUnsignedLong(k) >= count - pc) {
            throw new IllegalStateException("JA " + Integer.toUnsignedString(k) + " out of bounds at " + (pc - 1));
          }
          pc += k;
        }
        case 0x15 -> pc += a == k ? jt : jf;
        case 0x25 -> pc += Integer.compareUnsigned(a, k) > 0 ? jt : jf;
        case 0x35 -> pc += Integer.compareUnsigned(a, k) >= 0 ? jt : jf;
        case 0x45 -> pc += (a & k) != 0 ? jt : jf;
        case 0x06 -> {
          return k;
        }
        default -> throw new IllegalStateException(String.format("opcode 0x%02x not in the subset", op));
      }
    }
  }
}
