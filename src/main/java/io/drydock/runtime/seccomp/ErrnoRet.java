package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.OptionalInt;

/** The one check of an {@code errnoRet}/{@code defaultErrnoRet}, shared by rules and profiles. */
final class ErrnoRet {
  private ErrnoRet() {}

  static void check(SeccompAction action, OptionalInt errnoRet, String where) {
    if (errnoRet.isEmpty()) {
      return;
    }
    if (!action.takesErrno()) {
      throw new DrydockException.InvalidArgument("seccomp " + where + ": errnoRet is only supported with "
          + "SCMP_ACT_ERRNO and SCMP_ACT_TRACE, not " + action);
    }
    int value = errnoRet.getAsInt();
    if (value < 0 || value > SeccompAction.RET_DATA_MASK) {
      throw new DrydockException.InvalidArgument("seccomp " + where + ": errnoRet "
          + Integer.toUnsignedString(value) + " does not fit the 16 bits of SECCOMP_RET_DATA");
    }
  }
}
