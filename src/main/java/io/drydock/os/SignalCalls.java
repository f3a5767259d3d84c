package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import io.drydock.common.DrydockException;

/**
 * {@code kill(2)} for one process id. Only positive pids are accepted: 0 and negative values would
 * signal whole process groups or every process, which no caller of drydock ever means.
 */
public final class SignalCalls {
  private static final int ESRCH = 3;

  private interface LibC extends Library {
    int kill(int pid, int sig) throws LastErrorException;
  }

  private static final class Holder {
    static final LibC LIBC = Native.load("c", LibC.class);
  }

  private SignalCalls() {}

  /**
   * Sends {@code signal} to {@code pid}.
   *
   * @return false when the process no longer exists (ESRCH), true when the signal was sent
   */
  public static boolean kill(long pid, int signal) {
    if (pid <= 0 || pid > Integer.MAX_VALUE) {
      throw new DrydockException.InvalidArgument("refusing to signal pid " + pid + ": not a single process id");
    }
    if (signal < 0 || signal > 64) {
      throw new DrydockException.InvalidArgument("invalid signal number " + signal);
    }
    try {
      Holder.LIBC.kill((int) pid, signal);
      return true;
    } catch (LastErrorException e) {
      if (e.getErrorCode() == ESRCH) {
        return false;
      }
      throw new DrydockException.SystemError("kill(" + pid + ", " + signal + "): " + e.getMessage(), e);
    }
  }
}
