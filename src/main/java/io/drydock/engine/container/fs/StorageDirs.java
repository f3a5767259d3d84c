package io.drydock.engine.container.fs;

import io.drydock.supervisor.snapshot.MountSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inspect's {@code GraphDriver.Data}: where a container's files are on the host, as dockerd's
 * overlay2 names them ({@code LowerDir} the image layers joined by {@code :}, top first,
 * {@code MergedDir} the rootfs mount point, {@code UpperDir} and {@code WorkDir} the overlay's).
 * Tools read them to reach a container's files from the host. A snapshot that is no overlay (the
 * copying snapshotter) has none, as dockerd's vfs driver.
 */
public final class StorageDirs {
  private StorageDirs() {}

  public static Map<String, String> of(List<MountSpec> mounts, Path rootfs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (mounts.size() != 1 || !mounts.get(0).type().equals("overlay")) {
      return out;
    }
    String lower = null;
    String upper = null;
    String work = null;
    for (String o : mounts.get(0).options()) {
      if (o.startsWith("lowerdir=")) {
        lower = o.substring("lowerdir=".length());
      } else if (o.startsWith("upperdir=")) {
        upper = o.substring("upperdir=".length());
      } else if (o.startsWith("workdir=")) {
        work = o.substring("workdir=".length());
      }
    }
    if (lower != null) {
      out.put("LowerDir", lower);
    }
    out.put("MergedDir", rootfs.toString());
    if (upper != null) {
      out.put("UpperDir", upper);
    }
    if (work != null) {
      out.put("WorkDir", work);
    }
    return out;
  }
}
