package io.drydock.runtime;

/**
 * The constants of the Java ↔ helper protocol (spec/helper-protocol.md). The C side is
 * src/main/c/helper/protocol.h; HelperProtocolTest parses that file and checks that every
 * {@code DD_X} there equals {@code X} here.
 */
public final class HelperProtocol {
  public static final int PROTOCOL_VERSION = 3;
  public static final int MAGIC = 0x44445031;
  public static final long MAX_MESSAGE = 16777216L;
  public static final int MAX_STEPS = 4096;
  public static final int MAX_ARGS = 65536;
  public static final int OP_SETNS = 1;
  public static final int OP_OPEN_EXEC_FIFO = 2;
  public static final int OP_CLONE = 3;
  public static final int OP_CONSOLE_SOCKET = 4;
  public static final int OP_UID_MAP = 10;
  public static final int OP_GID_MAP = 11;
  public static final int OP_SETGROUPS_DENY = 12;
  public static final int OP_CGROUP_PROCS = 13;
  public static final int OP_UNSHARE = 20;
  public static final int OP_SETHOSTNAME = 21;
  public static final int OP_SETDOMAINNAME = 22;
  public static final int OP_ROOT_PROPAGATION = 23;
  public static final int OP_ROOTFS = 24;
  public static final int OP_MOUNT = 25;
  public static final int OP_MKNOD = 26;
  public static final int OP_SYMLINK = 27;
  public static final int OP_PIVOT_ROOT = 28;
  public static final int OP_MASK_PATH = 29;
  public static final int OP_READONLY_PATH = 30;
  public static final int OP_REMOUNT_ROOT_RO = 31;
  public static final int OP_WRITE_FILE = 32;
  public static final int OP_RLIMIT = 33;
  public static final int OP_WAIT_START = 34;
  public static final int OP_SETSID = 35;
  public static final int OP_KEEPCAPS = 36;
  public static final int OP_SETGROUPS = 37;
  public static final int OP_SETGID = 38;
  public static final int OP_SETUID = 39;
  public static final int OP_UMASK = 40;
  public static final int OP_CAP_BOUNDING = 41;
  public static final int OP_CAPSET = 42;
  public static final int OP_CAP_AMBIENT = 43;
  public static final int OP_NO_NEW_PRIVS = 44;
  public static final int OP_SECCOMP = 45;
  public static final int OP_CLOSE_FDS = 46;
  public static final int OP_CHDIR = 47;
  public static final int OP_EXEC = 48;
  public static final int OP_LINK_UP = 49;
  public static final int OP_TERMINAL = 50;
  public static final int OP_HOOK_SYNC = 51;
  public static final int OP_RUN_HOOK = 52;
  public static final int OP_FIX_STDIO = 53;
  public static final int CREATE_NONE = 0;
  public static final int CREATE_DIR = 1;
  public static final int CREATE_FILE = 2;
  public static final int REC_SIZE = 16;
  public static final int REC_PID = 1;
  public static final int REC_READY = 2;
  public static final int REC_FAIL = 3;
  public static final int REC_EXIT = 4;
  public static final int REC_HOOKS = 5;
  public static final int REC_RUNNING = 6;
  public static final long STEP_MESSAGE = 4294967295L;
  public static final int ERR_TRUNCATED = 74;
  public static final int ERR_UNKNOWN_OP = 38;
  public static final int ERR_BAD_ARGS = 22;
  public static final int ERR_BAD_MAGIC = 71;
  public static final int HOOK_EXIT_BASE = 4096;

  private HelperProtocol() {}
}
