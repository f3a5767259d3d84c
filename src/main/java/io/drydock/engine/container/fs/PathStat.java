package io.drydock.engine.container.fs;

import java.time.Instant;

/**
 * What {@code HEAD /containers/{id}/archive} reports of a path, as dockerd's
 * {@code ContainerPathStat}: the base name of the path asked for, size, Go file mode, mtime and,
 * for a symlink, the absolute path inside the container it resolves to.
 */
public record PathStat(String name, long size, long mode, Instant mtime, String linkTarget) {
  public boolean directory() {
    return GoFileMode.isDirectory(mode);
  }
}
