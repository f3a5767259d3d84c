package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.spec.DeviceMapping;
import io.drydock.engine.spec.HostDevice;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the host device nodes a container's {@code --device}s name, when it starts, as dockerd's
 * {@code getDevicesFromPath}: a symbolic link is followed once, a device node is taken as it is, a
 * directory gives every device node below it (links not followed, other files skipped) at the
 * same place below the container path. Anything else refuses the start with dockerd's message
 * ({@code error gathering device information while adding custom device "x": not a device node});
 * so does a node that would land outside the container's {@code /dev} (after the host checks, so
 * that dockerd's messages come first).
 */
final class HostDeviceLookup {
  private HostDeviceLookup() {}

  static List<HostDevice> resolve(List<DeviceMapping> mappings) {
    List<HostDevice> out = new ArrayList<>();
    for (DeviceMapping m : mappings) {
      out.addAll(resolve(m));
    }
    out.forEach(HostDevice::checkedPlace);
    return List.copyOf(out);
  }

  static List<HostDevice> resolve(DeviceMapping m) {
    try {
      if (m.pathOnHost().isEmpty()) {
        throw new NoSuchFileException(m.pathOnHost());
      }
      Path host = Path.of(m.pathOnHost());
      if (Files.isSymbolicLink(host)) {
        try {
          host = host.toRealPath();
        } catch (IOException e) {
          // dockerd keeps the link itself when it cannot be resolved
        }
      }
      Optional<HostDevice> device = device(host, m.containerPath(), m.permissions());
      if (device.isPresent()) {
        return List.of(device.get());
      }
      if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
        List<HostDevice> below = below(host, m);
        if (!below.isEmpty()) {
          return below;
        }
      }
      throw refused(m, "not a device node", null);
    } catch (NoSuchFileException e) {
      throw refused(m, "no such file or directory", e);
    } catch (AccessDeniedException e) {
      throw refused(m, "permission denied", e);
    } catch (IOException e) {
      throw refused(m, e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  private static List<HostDevice> below(Path dir, DeviceMapping m) throws IOException {
    List<HostDevice> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (p.equals(dir)) {
          continue;
        }
        String inside = m.containerPath() + "/" + dir.relativize(p);
        try {
          device(p, inside, m.permissions()).ifPresent(out::add);
        } catch (IOException e) {
          // dockerd skips what it cannot stat below the directory
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // an unreadable directory below: dockerd keeps what it found
    }
    return out;
  }

  private static Optional<HostDevice> device(Path p, String containerPath, String permissions) throws IOException {
    Map<String, Object> a = Files.readAttributes(p, "unix:mode,rdev,uid,gid", LinkOption.NOFOLLOW_LINKS);
    return HostDevice.fromStat(containerPath, (Integer) a.get("mode"), (Long) a.get("rdev"), ((Integer) a.get("uid")).longValue(),
        ((Integer) a.get("gid")).longValue(), permissions);
  }

  private static DrydockException refused(DeviceMapping m, String why, Throwable cause) {
    String message = "error gathering device information while adding custom device \"" + m.pathOnHost() + "\": " + why;
    return cause == null ? new DrydockException.SystemError(message) : new DrydockException.SystemError(message, cause);
  }
}
