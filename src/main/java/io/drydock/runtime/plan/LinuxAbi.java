package io.drydock.runtime.plan;

/** Kernel ABI numbers the plan speaks in (identical on x86_64 and aarch64). */
public final class LinuxAbi {
  public static final long CLONE_NEWTIME = 0x80L;
  public static final long CLONE_NEWNS = 0x20000L;
  public static final long CLONE_NEWCGROUP = 0x02000000L;
  public static final long CLONE_NEWUTS = 0x04000000L;
  public static final long CLONE_NEWIPC = 0x08000000L;
  public static final long CLONE_NEWUSER = 0x10000000L;
  public static final long CLONE_NEWPID = 0x20000000L;
  public static final long CLONE_NEWNET = 0x40000000L;

  public static final long MS_RDONLY = 1L;
  public static final long MS_NOSUID = 2L;
  public static final long MS_NODEV = 4L;
  public static final long MS_NOEXEC = 8L;
  public static final long MS_SYNCHRONOUS = 16L;
  public static final long MS_REMOUNT = 32L;
  public static final long MS_MANDLOCK = 64L;
  public static final long MS_DIRSYNC = 128L;
  public static final long MS_NOSYMFOLLOW = 256L;
  public static final long MS_NOATIME = 1024L;
  public static final long MS_NODIRATIME = 2048L;
  public static final long MS_BIND = 4096L;
  public static final long MS_REC = 16384L;
  public static final long MS_SILENT = 32768L;
  public static final long MS_UNBINDABLE = 1L << 17;
  public static final long MS_PRIVATE = 1L << 18;
  public static final long MS_SLAVE = 1L << 19;
  public static final long MS_SHARED = 1L << 20;
  public static final long MS_RELATIME = 1L << 21;
  public static final long MS_STRICTATIME = 1L << 24;
  public static final long MS_LAZYTIME = 1L << 25;

  public static final long S_IFCHR = 0020000L;
  public static final long S_IFBLK = 0060000L;
  public static final long S_IFIFO = 0010000L;

  private LinuxAbi() {}

  /** The kernel's dev_t encoding of major:minor (glibc's makedev). */
  public static long makedev(long major, long minor) {
    return ((major & 0xfffL) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xffL) | ((minor & ~0xffL) << 12);
  }

  /** RLIMIT_* numbers by name. */
  public static int rlimit(String name) {
    return switch (name) {
      case "RLIMIT_CPU" -> 0;
      case "RLIMIT_FSIZE" -> 1;
      case "RLIMIT_DATA" -> 2;
      case "RLIMIT_STACK" -> 3;
      case "RLIMIT_CORE" -> 4;
      case "RLIMIT_RSS" -> 5;
      case "RLIMIT_NPROC" -> 6;
      case "RLIMIT_NOFILE" -> 7;
      case "RLIMIT_MEMLOCK" -> 8;
      case "RLIMIT_AS" -> 9;
      case "RLIMIT_LOCKS" -> 10;
      case "RLIMIT_SIGPENDING" -> 11;
      case "RLIMIT_MSGQUEUE" -> 12;
      case "RLIMIT_NICE" -> 13;
      case "RLIMIT_RTPRIO" -> 14;
      case "RLIMIT_RTTIME" -> 15;
      default -> -1;
    };
  }
}
