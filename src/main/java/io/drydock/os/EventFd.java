package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.file.Path;

/**
 * An eventfd(2) the kernel can signal, registered with a cgroup v1 file through
 * {@code cgroup.event_control} — how the memory controller tells a listener about an OOM (and,
 * once more, about the cgroup going away). {@link #await} blocks the calling thread; {@link #wake}
 * releases it from any other thread.
 */
public final class EventFd implements AutoCloseable {
  private static final int EFD_CLOEXEC = 02000000;
  private static final int O_RDONLY = 0;
  private static final int O_CLOEXEC = 02000000;

  private interface Calls extends Library {
    int eventfd(int initval, int flags) throws LastErrorException;

    int open(String path, int flags) throws LastErrorException;

    NativeLong read(int fd, byte[] buf, NativeLong count) throws LastErrorException;

    NativeLong write(int fd, byte[] buf, NativeLong count) throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private static final class Holder {
    static final Calls LIBC = Native.load("c", Calls.class);
  }

  private final int eventFd;
  private final int watchedFd;
  private boolean closed;

  private EventFd(int eventFd, int watchedFd) {
    this.eventFd = eventFd;
    this.watchedFd = watchedFd;
  }

  /**
   * An eventfd and {@code watched} opened for reading, not yet registered: the registration line
   * for {@code cgroup.event_control} is {@link #registration}.
   */
  public static EventFd watching(Path watched) {
    int efd;
    try {
      efd = Holder.LIBC.eventfd(0, EFD_CLOEXEC);
    } catch (LastErrorException e) {
      throw Errno.error("eventfd", e);
    }
    try {
      return new EventFd(efd, Holder.LIBC.open(watched.toString(), O_RDONLY | O_CLOEXEC));
    } catch (LastErrorException e) {
      closeQuietly(efd);
      throw Errno.error("open " + watched, e);
    }
  }

  /** {@code "<eventfd> <watched fd>"} followed by {@code args} when not empty. */
  public String registration(String args) {
    return eventFd + " " + watchedFd + (args.isEmpty() ? "" : " " + args);
  }

  /** Blocks until signalled; returns how many signals arrived since the last call (at least 1). */
  public long await() {
    byte[] buf = new byte[8];
    try {
      Holder.LIBC.read(eventFd, buf, new NativeLong(8));
    } catch (LastErrorException e) {
      throw Errno.error("read eventfd", e);
    }
    long n = 0;
    for (int i = 7; i >= 0; i--) {
      n = (n << 8) | (buf[i] & 0xff);
    }
    return n;
  }

  /** Signals the eventfd from user space, releasing a thread blocked in {@link #await}; nothing once closed. */
  public synchronized void wake() {
    if (closed) {
      return;
    }
    byte[] one = {1, 0, 0, 0, 0, 0, 0, 0};
    try {
      Holder.LIBC.write(eventFd, one, new NativeLong(8));
    } catch (LastErrorException e) {
      throw Errno.error("write eventfd", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(watchedFd);
    closeQuietly(eventFd);
  }

  private static void closeQuietly(int fd) {
    try {
      Holder.LIBC.close(fd);
    } catch (LastErrorException e) {
      // nothing left to release
    }
  }
}
