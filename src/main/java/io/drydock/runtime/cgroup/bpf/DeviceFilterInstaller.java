package io.drydock.runtime.cgroup.bpf;

import io.drydock.os.BpfCalls;
import io.drydock.os.BpfProgram;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts a device filter in force on one cgroup v2 directory, replacing the one there: the new
 * program is attached (next to the old, {@code BPF_F_ALLOW_MULTI}) before the old ones are
 * detached, so there is no moment without rules; for that moment both apply, which only denies
 * more. The ids come from the kernel ({@code BPF_PROG_QUERY}), so a runtime process other than the
 * one that attached the program (a later {@code update}) can replace it. Every fd opened here is
 * closed again; the attachment keeps the program alive until it is detached or the cgroup is
 * removed.
 */
public final class DeviceFilterInstaller {
  /** Device programs call no GPL-only helper, so any license string is accepted. */
  private static final String LICENSE = "Apache-2.0";

  private DeviceFilterInstaller() {}

  /** Loads the program for {@code filter} and makes it the only device program of {@code cgroupDir}. */
  public static void install(Path cgroupDir, DeviceFilter filter) {
    byte[] code = BpfInstruction.encode(DeviceFilterProgram.compile(filter));
    List<Integer> previous = BpfCalls.attachedCgroupDevicePrograms(cgroupDir);
    try (BpfProgram program = BpfCalls.loadCgroupDeviceProgram(code, LICENSE)) {
      BpfCalls.attachCgroupDevice(cgroupDir, program);
    }
    for (int id : previous) {
      try (BpfProgram old = BpfCalls.programById(id)) {
        BpfCalls.detachCgroupDevice(cgroupDir, old);
      }
    }
  }

  /** The ids of the device programs attached to {@code cgroupDir} itself. */
  public static List<Integer> attached(Path cgroupDir) {
    return BpfCalls.attachedCgroupDevicePrograms(cgroupDir);
  }
}
