package io.drydock.os;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.drydock.common.DrydockException;

/**
 * Signals to processes the JVM did not start (a container's init): the JDK can only send SIGTERM
 * and SIGKILL to its own children, so kill(2) is called through JNA.
 */
public final class ProcessCalls {
  private static final int ESRCH = 3;

  private interface C extends Library {
    int kill(int pid, int sig);
  }

  private static final class Holder {
    static final C LIBC = Native.load("c", C.class);
  }

  private ProcessCalls() {}

  /** Sends {@code signal} to {@code pid}; false when the process no longer exists. */
  public static boolean kill(int pid, int signal) {
    if (pid <= 0) {
      throw new DrydockException.InvalidArgument("refusing to signal pid " + pid);
    }
    if (Holder.LIBC.kill(pid, signal) == 0) {
      return true;
    }
    int errno = Native.getLastError();
    if (errno == ESRCH) {
      return false;
    }
    throw new DrydockException.SystemError("kill " + pid + " with signal " + signal + ": errno " + errno);
  }
}
