package io.drydock.engine.container.fs;

import io.drydock.supervisor.snapshot.MountSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a container's own changes live, read from the mounts of its writable snapshot: an overlay
 * has an upper directory over lower layers; a bind of a snapshot with a parent is a full copy
 * (the copying snapshotter) that must be compared with the parent's tree; a bind of a snapshot
 * without parent holds only the container's files.
 */
public sealed interface SnapshotLayout {
  /** An overlayfs upper directory, the lower layers (top first) and the work directory, when named. */
  record Overlay(Path upper, List<Path> lowers, Optional<Path> work) implements SnapshotLayout {
    public Overlay(Path upper, List<Path> lowers) {
      this(upper, lowers, Optional.empty());
    }
  }

  /** A full copy of the parent's tree plus the container's changes. */
  record FullCopy(Path tree) implements SnapshotLayout {}

  /** A tree without parent: everything in it is the container's. */
  record Bare(Path tree) implements SnapshotLayout {}

  public static SnapshotLayout of(List<MountSpec> mounts, Optional<String> parent) {
    if (mounts.size() != 1) {
      throw new IllegalArgumentException("expected one mount for a container snapshot, got " + mounts.size());
    }
    MountSpec m = mounts.get(0);
    if (m.type().equals("bind")) {
      Path tree = Path.of(m.source());
      return parent.isPresent() ? new FullCopy(tree) : new Bare(tree);
    }
    String upper = null;
    Optional<Path> work = Optional.empty();
    List<Path> lowers = new ArrayList<>();
    for (String o : m.options()) {
      if (o.startsWith("upperdir=")) {
        upper = o.substring("upperdir=".length());
      } else if (o.startsWith("workdir=")) {
        work = Optional.of(Path.of(o.substring("workdir=".length())));
      } else if (o.startsWith("lowerdir=")) {
        for (String l : o.substring("lowerdir=".length()).split(":")) {
          lowers.add(Path.of(l));
        }
      }
    }
    if (upper == null) {
      throw new IllegalArgumentException("overlay mount without upperdir: " + m.options());
    }
    return new Overlay(Path.of(upper), lowers, work);
  }
}
