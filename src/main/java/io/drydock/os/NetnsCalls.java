package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a piece of Java inside a network namespace: on a fresh thread that {@code setns(2)}s into
 * the namespace bound at a path, runs the task and switches back before it ends. Only the network
 * namespace is per thread in a way the JVM tolerates (sockets are created in the namespace of the
 * creating thread and stay there), which is what this is for: a socket opened here can be used
 * from any thread afterwards.
 */
public final class NetnsCalls {
  private static final int CLONE_NEWNET = 0x40000000;
  private static final int O_RDONLY = 0;
  private static final int O_CLOEXEC = 0x80000;

  private interface LibC extends Library {
    int open(String path, int flags) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    int setns(int fd, int nstype) throws LastErrorException;

    int unshare(int flags) throws LastErrorException;
  }

  private static final class Holder {
    static final LibC LIBC = Native.load("c", LibC.class);
  }

  private NetnsCalls() {}

  /** Runs {@code task} with the calling thread's network namespace set to the one bound at {@code netns}. */
  public static <T> T callIn(Path netns, Callable<T> task) {
    return runOnFreshThread(new FutureTask<>(() -> runSwitched(netns, task)), "netns-" + netns.getFileName(), netns);
  }

  /**
   * Creates a new network namespace (only its loopback, down) and binds it on {@code file}, which
   * must exist: what {@code unshare --net=<file> true} does, without a process. The work runs on a
   * fresh thread that leaves the new namespace before it ends, so no other thread is ever in it.
   */
  public static void createBound(Path file) {
    FutureTask<Void> future = new FutureTask<>(() -> {
      int original = open("/proc/thread-self/ns/net");
      try {
        try {
          Holder.LIBC.unshare(CLONE_NEWNET);
        } catch (LastErrorException e) {
          throw Errno.error("unshare a network namespace for " + file, e);
        }
        try {
          MountCalls.mount("/proc/thread-self/ns/net", file, null, Set.of(MountCalls.Flag.BIND), null);
        } finally {
          setns(original, "return from the new namespace of " + file);
        }
      } finally {
        Holder.LIBC.close(original);
      }
      return null;
    });
    runOnFreshThread(future, "netns-new-" + file.getFileName(), file);
  }

  private static <T> T runOnFreshThread(FutureTask<T> future, String name, Path netns) {
    Thread t = new Thread(future, name);
    t.setDaemon(true);
    t.start();
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted while working in " + netns, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new DrydockException.SystemError("in network namespace " + netns + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static <T> T runSwitched(Path netns, Callable<T> task) throws Exception {
    int original = open("/proc/thread-self/ns/net");
    try {
      int target = open(netns.toString());
      try {
        setns(target, "enter " + netns);
      } finally {
        Holder.LIBC.close(target);
      }
      try {
        return task.call();
      } finally {
        setns(original, "return from " + netns);
      }
    } finally {
      Holder.LIBC.close(original);
    }
  }

  private static int open(String path) {
    try {
      return Holder.LIBC.open(path, O_RDONLY | O_CLOEXEC);
    } catch (LastErrorException e) {
      throw Errno.error("open " + path, e);
    }
  }

  private static void setns(int fd, String what) {
    try {
      Holder.LIBC.setns(fd, CLONE_NEWNET);
    } catch (LastErrorException e) {
      throw Errno.error("setns: " + what, e);
    }
  }
}
