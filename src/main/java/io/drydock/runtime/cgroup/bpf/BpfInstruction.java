package io.drydock.runtime.cgroup.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * One eBPF instruction ({@code struct bpf_insn}): an opcode byte, the destination register in the
 * low and the source register in the high nibble of the second byte, a signed 16-bit offset and a
 * signed 32-bit immediate, little-endian as the kernel reads them on the hosts drydock runs on.
 * The factories are the few instructions a device filter needs; a jump's {@code off} counts
 * instructions after the next one.
 */
public record BpfInstruction(int opcode, int dst, int src, short off, int imm) {
  static final int LDX_MEM_W = 0x61;
  static final int ALU_MOV_X = 0xbc;
  static final int ALU_AND_K = 0x54;
  static final int ALU_RSH_K = 0x74;
  static final int ALU64_MOV_K = 0xb7;
  static final int JMP_JEQ_K = 0x15;
  static final int JMP_JNE_K = 0x55;
  static final int JMP_JSET_K = 0x45;
  static final int JMP_EXIT = 0x95;
  /** Size of one encoded instruction. */
  public static final int SIZE = 8;

  public BpfInstruction {
    if (dst < 0 || dst > 10 || src < 0 || src > 10 || opcode < 0 || opcode > 0xff) {
      throw new IllegalArgumentException("invalid bpf instruction " + opcode + " r" + dst + " r" + src);
    }
  }

  /** {@code dst = *(u32 *)(src + off)}. */
  static BpfInstruction loadWord(int dst, int src, int off) {
    return new BpfInstruction(LDX_MEM_W, dst, src, (short) off, 0);
  }

  /** {@code dst = (u32) src}. */
  static BpfInstruction move32(int dst, int src) {
    return new BpfInstruction(ALU_MOV_X, dst, src, (short) 0, 0);
  }

  /** {@code dst = (u32) dst & imm}. */
  static BpfInstruction and32(int dst, int imm) {
    return new BpfInstruction(ALU_AND_K, dst, 0, (short) 0, imm);
  }

  /** {@code dst = (u32) dst >> imm}. */
  static BpfInstruction shiftRight32(int dst, int imm) {
    return new BpfInstruction(ALU_RSH_K, dst, 0, (short) 0, imm);
  }

  /** {@code dst = imm} (64-bit). */
  static BpfInstruction move64(int dst, int imm) {
    return new BpfInstruction(ALU64_MOV_K, dst, 0, (short) 0, imm);
  }

  /** {@code if dst == imm goto +off}. */
  static BpfInstruction jumpIfEqual(int dst, int imm, int off) {
    return new BpfInstruction(JMP_JEQ_K, dst, 0, (short) off, imm);
  }

  /** {@code if dst != imm goto +off}. */
  static BpfInstruction jumpIfNotEqual(int dst, int imm, int off) {
    return new BpfInstruction(JMP_JNE_K, dst, 0, (short) off, imm);
  }

  /** {@code if (dst & imm) != 0 goto +off}. */
  static BpfInstruction jumpIfAnySet(int dst, int imm, int off) {
    return new BpfInstruction(JMP_JSET_K, dst, 0, (short) off, imm);
  }

  /** {@code return r0}. */
  static BpfInstruction exit() {
    return new BpfInstruction(JMP_EXIT, 0, 0, (short) 0, 0);
  }

  /** The same instruction with its jump offset replaced (the compiler patches forward jumps). */
  BpfInstruction withOffset(int offset) {
    if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
      throw new IllegalArgumentException("bpf jump offset " + offset + " does not fit 16 bits");
    }
    return new BpfInstruction(opcode, dst, src, (short) offset, imm);
  }

  /** The program as bpf(BPF_PROG_LOAD) takes it. */
  public static byte[] encode(List<BpfInstruction> program) {
    ByteBuffer out = ByteBuffer.allocate(program.size() * SIZE).order(ByteOrder.LITTLE_ENDIAN);
    for (BpfInstruction i : program) {
      out.put((byte) i.opcode).put((byte) (i.src << 4 | i.dst)).putShort(i.off).putInt(i.imm);
    }
    return out.array();
  }
}
