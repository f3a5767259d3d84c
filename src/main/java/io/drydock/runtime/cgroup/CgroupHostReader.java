package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the texts {@link CgroupHost#from} decides on; the only I/O of host detection. */
public final class CgroupHostReader {
  private CgroupHostReader() {}

  /** The calling process's view of the host's cgroups. */
  public static CgroupHost read() {
    String mountinfo = readText(Path.of("/proc/self/mountinfo"));
    String cgroup = readText(Path.of("/proc/self/cgroup"));
    CgroupHost withoutControllers = CgroupHost.from(mountinfo, cgroup, "");
    String controllers = withoutControllers.unifiedMount()
        .map(mount -> mount.resolve("cgroup.controllers"))
        .filter(Files::exists)
        .map(CgroupHostReader::readText)
        .orElse("");
    return CgroupHost.from(mountinfo, cgroup, controllers);
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new DrydockException.Unavailable("cannot detect cgroups: " + file + " does not exist", e);
    } catch (IOException e) {
      throw new DrydockException.SystemError("cannot detect cgroups: read " + file + ": " + e.getMessage(), e);
    }
  }
}
