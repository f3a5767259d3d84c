package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.spec.DeviceNumber;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the devices a container's block I/O settings name, found when it starts, as
 * dockerd's {@code getBlkioThrottleDevices}: {@code stat} of the path (links followed), its
 * {@code st_rdev} whatever the file is (a directory gives 0:0, which the kernel then refuses). A
 * path that cannot be {@code stat}ed fails the start with dockerd's words ({@code stat /dev/nope:
 * no such file or directory}), before anything is made.
 */
final class BlockDeviceLookup {
  private BlockDeviceLookup() {}

  static Map<String, DeviceNumber> resolve(BlockIo io) {
    List<String> paths = new ArrayList<>();
    if (io.weightDevice() != null) {
      io.weightDevice().forEach(d -> paths.add(d.path()));
    }
    io.throttles().forEach(list -> list.forEach(t -> paths.add(t.path())));
    Map<String, DeviceNumber> out = new LinkedHashMap<>();
    for (String p : paths) {
      if (!out.containsKey(p)) {
        out.put(p, stat(p));
      }
    }
    return out;
  }

  private static DeviceNumber stat(String path) {
    try {
      if (path.isEmpty()) {
        throw new NoSuchFileException(path);
      }
      return DeviceNumber.ofRdev((Long) Files.getAttribute(Path.of(path), "unix:rdev"));
    } catch (NoSuchFileException e) {
      throw refused(path, "no such file or directory", e);
    } catch (AccessDeniedException e) {
      throw refused(path, "permission denied", e);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw refused(path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  private static DrydockException refused(String path, String why, Throwable cause) {
    return new DrydockException.SystemError("stat " + path + ": " + why, cause);
  }
}
