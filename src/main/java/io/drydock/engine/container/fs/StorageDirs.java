package io.drydock.engine.container.fs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inspect's {@code GraphDriver.Data}: where a container's files are on the host, as dockerd's
 * overlay2 names them ({@code LowerDir} the image layers joined by {@code :}, top first,
 * {@code MergedDir} the rootfs mount point, {@code UpperDir} and {@code WorkDir} the overlay's).
 * Tools read them to reach a container's files from the host. A snapshot that is no overlay (the
 * copying snapshotter) has none, as dockerd's vfs driver.
 */
public final class StorageDirs {
  private StorageDirs() {}

  public static Map<String, String> of(SnapshotLayout layout, Path rootfs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!(layout instanceof SnapshotLayout.Overlay o)) {
      return out;
    }
    if (!o.lowers().isEmpty()) {
      out.put("LowerDir", o.lowers().stream().map(Path::toString).collect(Collectors.joining(":")));
    }
    out.put("MergedDir", rootfs.toString());
    out.put("UpperDir", o.upper().toString());
    o.work().ifPresent(w -> out.put("WorkDir", w.toString()));
    return out;
  }

  /**
   * An image's {@code GraphDriver.Data}: its top layer's directory as {@code UpperDir} and those
   * below as {@code LowerDir} (joined by {@code :}, top first), the directories the image's layers
   * are unpacked to (newest first); none before they are, and no {@code MergedDir} or
   * {@code WorkDir}, which an image has only on dockerd.
   */
  public static Map<String, String> ofImage(List<Path> layers) {
    Map<String, String> out = new LinkedHashMap<>();
    if (layers.isEmpty()) {
      return out;
    }
    if (layers.size() > 1) {
      out.put("LowerDir", layers.subList(1, layers.size()).stream().map(Path::toString).collect(Collectors.joining(":")));
    }
    out.put("UpperDir", layers.get(0).toString());
    return out;
  }
}
