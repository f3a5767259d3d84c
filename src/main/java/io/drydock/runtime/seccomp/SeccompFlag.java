package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The OCI {@code flags} of a profile: {@code SECCOMP_FILTER_FLAG_*} bits the helper passes to
 * {@code seccomp(SECCOMP_SET_MODE_FILTER, flags, &prog)}. They do not change the program.
 */
public enum SeccompFlag {
  SECCOMP_FILTER_FLAG_TSYNC(1),
  SECCOMP_FILTER_FLAG_LOG(1 << 1),
  SECCOMP_FILTER_FLAG_SPEC_ALLOW(1 << 2),
  SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV(1 << 5);

  private final int bit;

  SeccompFlag(int bit) {
    this.bit = bit;
  }

  /** This flag's bit in the {@code flags} argument of {@code seccomp(2)}. */
  public int bit() {
    return bit;
  }

  /** The {@code flags} argument of {@code seccomp(2)} for these flags. */
  public static int mask(Collection<SeccompFlag> flags) {
    int mask = 0;
    for (SeccompFlag flag : flags) {
      mask |= flag.bit;
    }
    return mask;
  }

  /** Parses an OCI {@code SECCOMP_FILTER_FLAG_*} name; the error names the bad value. */
  public static SeccompFlag fromOciName(String name) {
    for (SeccompFlag flag : values()) {
      if (flag.name().equals(name)) {
        return flag;
      }
    }
    throw new DrydockException.InvalidArgument("unknown seccomp flag \"" + name + "\" (known: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
  }
}
