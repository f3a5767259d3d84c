package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What the kernel does with a system call, by its OCI name, with the {@code SECCOMP_RET_*} value a
 * BPF program returns for it. {@code SCMP_ACT_KILL} is libseccomp's old name for killing the thread.
 */
public enum SeccompAction {
  SCMP_ACT_KILL(0x0000_0000),
  SCMP_ACT_KILL_PROCESS(0x8000_0000),
  SCMP_ACT_KILL_THREAD(0x0000_0000),
  SCMP_ACT_TRAP(0x0003_0000),
  SCMP_ACT_ERRNO(0x0005_0000),
  SCMP_ACT_TRACE(0x7ff0_0000),
  SCMP_ACT_ALLOW(0x7fff_0000),
  SCMP_ACT_LOG(0x7ffc_0000),
  SCMP_ACT_NOTIFY(0x7fc0_0000);

  /** errno returned by {@code SCMP_ACT_ERRNO} when the profile gives none (runc's choice). */
  public static final int EPERM = 1;

  /** The low 16 bits of a return value ({@code SECCOMP_RET_DATA}) carry the errno or trace message. */
  public static final int RET_DATA_MASK = 0xffff;

  private final int ret;

  SeccompAction(int ret) {
    this.ret = ret;
  }

  /** The {@code SECCOMP_RET_*} action bits, without data. */
  public int actionBits() {
    return ret;
  }

  /** Whether this action carries data (an errno, a trace message) in its low 16 bits. */
  public boolean takesErrno() {
    return this == SCMP_ACT_ERRNO || this == SCMP_ACT_TRACE;
  }

  /**
   * The 32-bit value a filter returns: the action bits, plus for ERRNO/TRACE the given errno (EPERM
   * for ERRNO when absent, 0 for TRACE).
   */
  public int returnValue(OptionalInt errnoRet) {
    if (this == SCMP_ACT_ERRNO) {
      return ret | (errnoRet.orElse(EPERM) & RET_DATA_MASK);
    }
    if (this == SCMP_ACT_TRACE) {
      return ret | (errnoRet.orElse(0) & RET_DATA_MASK);
    }
    return ret;
  }

  /** Parses an OCI {@code SCMP_ACT_*} name; the error names the bad value and the known ones. */
  public static SeccompAction fromOciName(String name) {
    for (SeccompAction action : values()) {
      if (action.name().equals(name)) {
        return action;
      }
    }
    throw new DrydockException.InvalidArgument("unknown seccomp action \"" + name + "\" (known: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
  }
}
