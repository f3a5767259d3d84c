package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.Objects;

/**
 * One OCI {@code syscalls[].args[]} entry: compare {@code seccomp_data.args[index]} with
 * {@code value} (and {@code valueTwo} for {@link ArgOp#SCMP_CMP_MASKED_EQ}). The two values are
 * OCI's uint64, held in a {@code long} and always compared unsigned; {@code valueTwo} is 0 when the
 * config leaves it out, as in runc.
 */
public record ArgCondition(int index, long value, long valueTwo, ArgOp op) {
  /** The kernel passes six arguments in {@code seccomp_data.args}. */
  public static final int MAX_ARGS = 6;

  public ArgCondition {
    Objects.requireNonNull(op, "op");
    if (index < 0 || index >= MAX_ARGS) {
      throw new DrydockException.InvalidArgument(
          "seccomp argument index " + Integer.toUnsignedString(index) + " out of range (0-5)");
    }
  }

  /** A condition without {@code valueTwo}. */
  public static ArgCondition of(int index, ArgOp op, long value) {
    return new ArgCondition(index, value, 0, op);
  }
}
