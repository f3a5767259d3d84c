package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a syscall argument is compared with a rule's value, by its OCI name. All comparisons are
 * unsigned and on the full 64 bits of {@code seccomp_data.args[i]}. For {@link #SCMP_CMP_MASKED_EQ}
 * the rule's {@code value} is the mask and {@code valueTwo} the expected result, as in runc:
 * {@code (arg & value) == valueTwo}.
 */
public enum ArgOp {
  SCMP_CMP_NE,
  SCMP_CMP_LT,
  SCMP_CMP_LE,
  SCMP_CMP_EQ,
  SCMP_CMP_GE,
  SCMP_CMP_GT,
  SCMP_CMP_MASKED_EQ;

  /** Parses an OCI {@code SCMP_CMP_*} name; the error names the bad value and the known ones. */
  public static ArgOp fromOciName(String name) {
    for (ArgOp op : values()) {
      if (op.name().equals(name)) {
        return op;
      }
    }
    throw new DrydockException.InvalidArgument("unknown seccomp operator \"" + name + "\" (known: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
  }
}
