package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.os.MountCalls;
import io.drydock.os.NetnsCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Network namespaces kept alive by a bind mount on a file ({@code <dir>/<container id>}), the
 * way {@code ip netns add} keeps them under {@code /run/netns}: the OCI spec joins one by path,
 * and it lives until {@link #destroy} unmounts and deletes the file, whatever runs in it. It is
 * made in the daemon's process ({@link NetnsCalls#createBound}), with no program: its loopback
 * comes up with the first endpoint wired into it ({@link BridgeDriver#connect}), and a namespace
 * is bound only for a container that has something to wire.
 */
public final class NetnsFiles {
  private final Path dir;

  public NetnsFiles(Path dir) {
    this.dir = dir;
  }

  /** Where the namespace of the container is (or would be) bound. */
  public Path path(String containerId) {
    return dir.resolve(containerId);
  }

  /** Whether {@code file} is one of the bind-mounted namespace files this class made (not a /proc path). */
  public boolean bound(Path file) {
    return file.startsWith(dir);
  }

  public Path create(String containerId) {
    Path file = path(containerId);
    try {
      Files.createDirectories(dir);
      Files.createFile(file);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create network namespace file " + file + ": " + e.getMessage(), e);
    }
    try {
      NetnsCalls.createBound(file);
    } catch (RuntimeException e) {
      destroy(file);
      throw e;
    }
    return file;
  }

  /** Unmounts (if mounted) and deletes the namespace file; a namespace without users is then freed. */
  public void destroy(Path file) {
    try {
      MountCalls.unmountDetached(file);
    } catch (DrydockException e) {
      // not mounted (a create that failed early): only the file is left
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new DrydockException.SystemError("remove network namespace file " + file + ": " + e.getMessage(), e);
    }
  }
}
