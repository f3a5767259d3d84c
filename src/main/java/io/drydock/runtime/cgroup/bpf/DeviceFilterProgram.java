package io.drydock.runtime.cgroup.bpf;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a {@link DeviceFilter} into a {@code BPF_PROG_TYPE_CGROUP_DEVICE} program. The kernel
 * runs it with r1 pointing at {@code struct bpf_cgroup_dev_ctx} ({@code u32 access_type} — device
 * type in the low, access bits in the high 16 bits —, {@code u32 major}, {@code u32 minor}) and
 * allows the access when it returns 1. The layout, after a prologue that splits the context into
 * registers:
 *
 * <pre>
 *   r2 = type, r3 = access, r4 = major, r5 = minor
 *   per exception:  if r2 != type          goto next      (each test skips to the next block)
 *                   if r4 != major         goto next      (left out for ANY)
 *                   if r5 != minor         goto next      (left out for ANY)
 *                   deny by default:  if r3 &amp; ~access goto next   (every bit must be covered)
 *                   allow by default: if r3 &amp; access == 0 goto next  (one bit is enough)
 *                   return !default
 *   return default
 * </pre>
 *
 * Only forward jumps, no helpers, no stack: the verifier accepts it on any kernel with cgroup device
 * programs (4.15 and later).
 */
public final class DeviceFilterProgram {
  private static final int CTX = 1;
  private static final int TYPE = 2;
  private static final int ACCESS = 3;
  private static final int MAJOR = 4;
  private static final int MINOR = 5;
  private static final int SCRATCH = 0;
  /** {@code BPF_DEVCG_DEV_BLOCK} and {@code BPF_DEVCG_DEV_CHAR}. */
  static final int DEV_BLOCK = 1;
  static final int DEV_CHAR = 2;

  private DeviceFilterProgram() {}

  public static List<BpfInstruction> compile(DeviceFilter filter) {
    List<BpfInstruction> program = new ArrayList<>(List.of(
        BpfInstruction.loadWord(TYPE, CTX, 0),
        BpfInstruction.move32(ACCESS, TYPE),
        BpfInstruction.and32(TYPE, 0xffff),
        BpfInstruction.shiftRight32(ACCESS, 16),
        BpfInstruction.loadWord(MAJOR, CTX, 4),
        BpfInstruction.loadWord(MINOR, CTX, 8)));
    for (DeviceMatch exception : filter.exceptions()) {
      program.addAll(block(exception, filter.allowByDefault()));
    }
    program.add(BpfInstruction.move64(0, filter.allowByDefault() ? 1 : 0));
    program.add(BpfInstruction.exit());
    return List.copyOf(program);
  }

  /** One exception's tests, each jumping past the block when the request is not excepted. */
  private static List<BpfInstruction> block(DeviceMatch m, boolean allowByDefault) {
    List<BpfInstruction> block = new ArrayList<>();
    block.add(BpfInstruction.jumpIfNotEqual(TYPE, m.type() == 'c' ? DEV_CHAR : DEV_BLOCK, 0));
    if (m.major() != DeviceMatch.ANY) {
      block.add(BpfInstruction.jumpIfNotEqual(MAJOR, (int) m.major(), 0));
    }
    if (m.minor() != DeviceMatch.ANY) {
      block.add(BpfInstruction.jumpIfNotEqual(MINOR, (int) m.minor(), 0));
    }
    if (allowByDefault) {
      block.add(BpfInstruction.move32(SCRATCH, ACCESS));
      block.add(BpfInstruction.and32(SCRATCH, m.access()));
      block.add(BpfInstruction.jumpIfEqual(SCRATCH, 0, 0));
    } else if ((DeviceMatch.ALL & ~m.access()) != 0) {
      block.add(BpfInstruction.jumpIfAnySet(ACCESS, DeviceMatch.ALL & ~m.access(), 0));
    }
    block.add(BpfInstruction.move64(0, allowByDefault ? 0 : 1));
    block.add(BpfInstruction.exit());
    for (int i = 0; i < block.size(); i++) {
      if (isConditionalJump(block.get(i))) {
        block.set(i, block.get(i).withOffset(block.size() - i - 1));
      }
    }
    return block;
  }

  private static boolean isConditionalJump(BpfInstruction i) {
    return i.opcode() == BpfInstruction.JMP_JEQ_K || i.opcode() == BpfInstruction.JMP_JNE_K
        || i.opcode() == BpfInstruction.JMP_JSET_K;
  }
}
