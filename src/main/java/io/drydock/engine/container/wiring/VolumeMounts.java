package io.drydock.engine.container.wiring;

import io.drydock.engine.volume.MountType;
import io.drydock.engine.volume.Volumes;
import io.drydock.runtime.spec.Mount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The start-time half of a container's mounts: each volume is made ready ({@link Volumes#mount})
 * and, when new and empty, filled with what the image has at the target (Docker's copy-up), and
 * every mount becomes an OCI mount. Which volumes a running container holds is remembered so
 * that its exit releases exactly those.
 */
final class VolumeMounts {
  private final Volumes volumes;
  private final Map<String, List<String>> held = new ConcurrentHashMap<>();

  VolumeMounts(Volumes volumes) {
    this.volumes = volumes;
  }

  /** The OCI mounts for the container; all volumes released again when one fails. */
  List<Mount> mount(String containerId, List<StoredMount> mounts, Path rootfs) {
    List<String> taken = new ArrayList<>();
    held.put(containerId, taken);
    List<Mount> out = new ArrayList<>();
    try {
      for (StoredMount m : mounts) {
        out.add(switch (m.type()) {
          case BIND -> bind(m.target(), m.source(), m);
          case TMPFS -> tmpfs(m);
          case VOLUME -> {
            Path data = mountVolume(m.source());
            taken.add(m.source());
            if (!m.noCopy()) {
              imagePath(rootfs, m.target()).ifPresent(p -> volumes.copyImageContent(p, data));
            }
            yield bind(m.target(), data.toString(), m);
          }
        });
      }
      return out;
    } catch (RuntimeException e) {
      release(containerId);
      throw e;
    }
  }

  /**
   * A volume gone since create (one reached through {@code --volumes-from} can be removed while
   * the container never ran) fails the start as on dockerd: 500, not the 404 of a volume lookup.
   */
  private Path mountVolume(String name) {
    try {
      return volumes.mount(name);
    } catch (io.drydock.common.DrydockException.NotFound e) {
      throw new io.drydock.common.DrydockException.SystemError(e.getMessage(), e);
    }
  }

  void release(String containerId) {
    List<String> taken = held.remove(containerId);
    if (taken != null) {
      taken.forEach(volumes::unmount);
    }
  }

  private static Mount bind(String target, String source, StoredMount m) {
    List<String> options = new ArrayList<>(List.of("rbind", m.readOnly() ? "ro" : "rw"));
    options.add(m.propagation().isEmpty() ? "rprivate" : m.propagation());
    return new Mount(target, "bind", source, options, null, null, null);
  }

  private static Mount tmpfs(StoredMount m) {
    List<String> options = new ArrayList<>(List.of("nosuid", "nodev", "noexec"));
    if (m.readOnly()) {
      options.add("ro");
    }
    if (m.tmpfsSizeBytes() > 0) {
      options.add("size=" + m.tmpfsSizeBytes());
    }
    if (m.tmpfsMode() > 0) {
      options.add("mode=" + Integer.toOctalString(m.tmpfsMode()));
    }
    return new Mount(m.target(), MountType.TMPFS.wireName(), "tmpfs", options, null, null, null);
  }

  /**
   * The image's directory at {@code target} inside the mounted rootfs, only when it is a real
   * directory there: a symlink on the way could point the copy at host files.
   */
  static java.util.Optional<Path> imagePath(Path rootfs, String target) {
    Path p = rootfs.resolve(MountPlan.clean(target).substring(1));
    try {
      if (!Files.isDirectory(p) || !p.toRealPath().startsWith(rootfs.toRealPath())) {
        return java.util.Optional.empty();
      }
      return p.toRealPath().equals(p.normalize()) ? java.util.Optional.of(p) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
