package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bpf(2) commands a cgroup v2 device filter needs: load a {@code BPF_PROG_TYPE_CGROUP_DEVICE}
 * program, attach it to a cgroup directory (with {@code BPF_F_ALLOW_MULTI}, so the programs of
 * the ancestors keep applying too), list and re-open the programs attached there, and detach one.
 * glibc has no bpf() wrapper, so the calls go through syscall(2) with a zeroed {@code union
 * bpf_attr} laid out as in {@code linux/bpf.h}.
 */
public final class BpfCalls {
  private static final int BPF_PROG_LOAD = 5;
  private static final int BPF_PROG_ATTACH = 8;
  private static final int BPF_PROG_DETACH = 9;
  private static final int BPF_PROG_GET_FD_BY_ID = 13;
  private static final int BPF_PROG_QUERY = 16;
  private static final int BPF_PROG_TYPE_CGROUP_DEVICE = 15;
  private static final int BPF_CGROUP_DEVICE = 6;
  private static final int BPF_F_ALLOW_MULTI = 2;
  /** The kernel's limit of programs per cgroup and attach type (BPF_CGROUP_MAX_PROGS). */
  private static final int MAX_PROGRAMS = 64;
  private static final int ATTR_SIZE = 128;
  private static final int LOG_SIZE = 1 << 16;
  private static final int O_RDONLY = 0;
  private static final int O_DIRECTORY = 0200000;
  private static final int O_CLOEXEC = 02000000;
  /** As libbpf: the verifier gives up with EAGAIN when a signal arrives meanwhile; the load is tried again. */
  private static final int LOAD_ATTEMPTS = 5;

  private interface Calls extends Library {
    NativeLong syscall(NativeLong number, Object... args) throws LastErrorException;

    int open(String path, int flags) throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private static final class Holder {
    static final Calls LIBC = Native.load("c", Calls.class);
    static final NativeLong SYS_BPF = new NativeLong(bpfSyscallNumber());
  }

  private BpfCalls() {}

  private static long bpfSyscallNumber() {
    return switch (System.getProperty("os.arch")) {
      case "amd64", "x86_64" -> 321;
      case "aarch64" -> 280;
      default -> throw new UnsupportedOperationException("bpf(2): unknown syscall number on " + System.getProperty("os.arch"));
    };
  }

  /**
   * Loads {@code instructions} (8-byte {@code struct bpf_insn}s, little-endian) as a cgroup device
   * program. When the kernel refuses it, the load is repeated with the verifier's log switched on
   * and the error carries that log, which says which instruction it objected to.
   */
  public static BpfProgram loadCgroupDeviceProgram(byte[] instructions, String license) {
    try {
      return new BpfProgram(load(instructions, license, null));
    } catch (LastErrorException first) {
      Memory log = new Memory(LOG_SIZE);
      log.clear();
      try {
        return new BpfProgram(load(instructions, license, log));
      } catch (LastErrorException e) {
        String verifier = log.getString(0, StandardCharsets.UTF_8.name()).strip();
        throw Errno.error("bpf(BPF_PROG_LOAD) of a " + instructions.length / 8 + "-instruction cgroup device program"
            + (verifier.isEmpty() ? "" : " (verifier log: " + verifier + ")"), e);
      }
    }
  }

  private static int load(byte[] instructions, String license, Memory log) {
    Memory insns = new Memory(instructions.length);
    insns.write(0, instructions, 0, instructions.length);
    byte[] licenseBytes = (license + "\0").getBytes(StandardCharsets.US_ASCII);
    Memory licenseMemory = new Memory(licenseBytes.length);
    licenseMemory.write(0, licenseBytes, 0, licenseBytes.length);
    Memory attr = attr();
    attr.setInt(0, BPF_PROG_TYPE_CGROUP_DEVICE);
    attr.setInt(4, instructions.length / 8);
    attr.setLong(8, Pointer.nativeValue(insns));
    attr.setLong(16, Pointer.nativeValue(licenseMemory));
    if (log != null) {
      attr.setInt(24, 1);
      attr.setInt(28, (int) log.size());
      attr.setLong(32, Pointer.nativeValue(log));
    }
    attr.setInt(68, BPF_CGROUP_DEVICE);
    try {
      return Errno.retryOnAgain(LOAD_ATTEMPTS, () -> bpf(BPF_PROG_LOAD, attr));
    } finally {
      Reference.reachabilityFence(insns);
      Reference.reachabilityFence(licenseMemory);
    }
  }

  /** Attaches {@code program} to the cgroup directory {@code cgroup}, next to what is there. */
  public static void attachCgroupDevice(Path cgroup, BpfProgram program) {
    attachOrDetach(BPF_PROG_ATTACH, "attach", cgroup, program);
  }

  /** Detaches {@code program} from the cgroup directory {@code cgroup}. */
  public static void detachCgroupDevice(Path cgroup, BpfProgram program) {
    attachOrDetach(BPF_PROG_DETACH, "detach", cgroup, program);
  }

  private static void attachOrDetach(int command, String verb, Path cgroup, BpfProgram program) {
    int dir = openDirectory(cgroup);
    try {
      Memory attr = attr();
      attr.setInt(0, dir);
      attr.setInt(4, program.fd());
      attr.setInt(8, BPF_CGROUP_DEVICE);
      attr.setInt(12, command == BPF_PROG_ATTACH ? BPF_F_ALLOW_MULTI : 0);
      bpf(command, attr);
    } catch (LastErrorException e) {
      throw Errno.error("bpf(BPF_PROG_" + verb.toUpperCase(java.util.Locale.ROOT) + ") of a device program "
          + (command == BPF_PROG_ATTACH ? "to " : "from ") + cgroup, e);
    } finally {
      closeFd(dir);
    }
  }

  /** The ids of the device programs attached to {@code cgroup} itself (not inherited), oldest first. */
  public static List<Integer> attachedCgroupDevicePrograms(Path cgroup) {
    int dir = openDirectory(cgroup);
    try {
      Memory ids = new Memory(4L * MAX_PROGRAMS);
      ids.clear();
      Memory attr = attr();
      attr.setInt(0, dir);
      attr.setInt(4, BPF_CGROUP_DEVICE);
      attr.setLong(16, Pointer.nativeValue(ids));
      attr.setInt(24, MAX_PROGRAMS);
      bpf(BPF_PROG_QUERY, attr);
      Reference.reachabilityFence(ids);
      int count = attr.getInt(24);
      List<Integer> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(ids.getInt(4L * i));
      }
      return List.copyOf(out);
    } catch (LastErrorException e) {
      throw Errno.error("bpf(BPF_PROG_QUERY) of the device programs of " + cgroup, e);
    } finally {
      closeFd(dir);
    }
  }

  /** Opens the program with {@code id} (from {@link #attachedCgroupDevicePrograms}). */
  public static BpfProgram programById(int id) {
    Memory attr = attr();
    attr.setInt(0, id);
    try {
      return new BpfProgram(bpf(BPF_PROG_GET_FD_BY_ID, attr));
    } catch (LastErrorException e) {
      throw Errno.error("bpf(BPF_PROG_GET_FD_BY_ID) of program " + id, e);
    }
  }

  private static Memory attr() {
    Memory attr = new Memory(ATTR_SIZE);
    attr.clear();
    return attr;
  }

  private static int bpf(int command, Memory attr) {
    return Holder.LIBC.syscall(Holder.SYS_BPF, command, attr, ATTR_SIZE).intValue();
  }

  private static int openDirectory(Path dir) {
    try {
      return Holder.LIBC.open(dir.toString(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } catch (LastErrorException e) {
      throw Errno.error("open " + dir, e);
    }
  }

  static void closeFd(int fd) {
    try {
      Holder.LIBC.close(fd);
    } catch (LastErrorException e) {
      // an fd we opened and still own: close cannot leave it open
    }
  }
}
