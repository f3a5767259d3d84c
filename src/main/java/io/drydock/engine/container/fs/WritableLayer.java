package io.drydock.engine.container.fs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A container's writable layer as {@code docker diff} and {@code docker commit} need it, for each
 * {@link SnapshotLayout}: the list of changes, and the layer tar (OCI whiteouts for deletions and
 * opaque directories). For a full copy the parent's tree (a read-only view) is given by the caller.
 */
public final class WritableLayer {
  private WritableLayer() {}

  public static List<Change> changes(SnapshotLayout layout, Optional<Path> parentTree) {
    if (layout instanceof SnapshotLayout.FullCopy c) {
      LinkedHashMap<String, FileFacts> before = parentFacts(parentTree);
      LinkedHashMap<String, FileFacts> now = OverlayUpper.read(c.tree());
      return TreeChanges.of(MountPointArtifacts.without(now, MountPointArtifacts.of(now, rel -> Optional.ofNullable(before.get(rel)))), before);
    }
    LinkedHashMap<String, FileFacts> upper = OverlayUpper.read(upperOf(layout));
    Function<String, Optional<FileFacts>> lower = lowerOf(layout);
    return OverlayChanges.of(MountPointArtifacts.without(upper, MountPointArtifacts.of(upper, lower)), lower);
  }

  /**
   * The bytes of the container's own files ({@code SizeRw}), counted as dockerd's
   * {@code directory.Size} counts an overlay upper: every entry that is no directory, by its size
   * (a symlink by its target's length), each inode once, so a file and its hard links count once;
   * whiteouts and empty files add nothing; the runtime's mount points and init files
   * ({@link MountPointArtifacts}: the {@code /etc/mtab} symlink), which dockerd keeps in its init
   * layer, neither. For a full copy, the added and modified entries.
   */
  public static long size(SnapshotLayout layout, Optional<Path> parentTree) {
    if (layout instanceof SnapshotLayout.FullCopy c) {
      return bytes(c.tree(), changes(layout, parentTree).stream().filter(ch -> ch.kind() != ChangeKind.DELETED)
          .map(ch -> ch.path().substring(1)).toList());
    }
    Path upper = upperOf(layout);
    LinkedHashMap<String, FileFacts> entries = OverlayUpper.read(upper);
    return bytes(upper, MountPointArtifacts.without(entries, MountPointArtifacts.of(entries, lowerOf(layout))).keySet());
  }

  static long bytes(Path root, java.util.Collection<String> paths) {
    java.util.Set<Long> inodes = new java.util.HashSet<>();
    long sum = 0;
    for (String rel : paths) {
      try {
        java.util.Map<String, Object> a = java.nio.file.Files.readAttributes(root.resolve(rel), "unix:mode,size,ino",
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
        long size = (Long) a.get("size");
        boolean directory = ((Integer) a.get("mode") & 0170000) == 0040000;
        if (!directory && size > 0 && inodes.add((Long) a.get("ino"))) {
          sum += size;
        }
      } catch (IOException e) {
        // removed while counted: it adds nothing, as in dockerd's walk
      }
    }
    return sum;
  }

  /** Writes the layer tar to {@code out} (left open). */
  public static void writeLayer(SnapshotLayout layout, Optional<Path> parentTree, OutputStream out) {
    try {
      TreeTar tar = new TreeTar(out);
      if (layout instanceof SnapshotLayout.FullCopy c) {
        writeChanges(c.tree(), changes(layout, parentTree), tar);
      } else {
        Path upper = upperOf(layout);
        OverlayUpper.writeLayer(upper, tar, MountPointArtifacts.of(OverlayUpper.read(upper), lowerOf(layout)));
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("write the container's layer: " + e.getMessage(), e);
    }
  }

  private static Path upperOf(SnapshotLayout layout) {
    return layout instanceof SnapshotLayout.Overlay o ? o.upper() : ((SnapshotLayout.Bare) layout).tree();
  }

  private static Function<String, Optional<FileFacts>> lowerOf(SnapshotLayout layout) {
    if (layout instanceof SnapshotLayout.Overlay o) {
      return rel -> OverlayUpper.lower(o.lowers(), rel);
    }
    return rel -> Optional.empty();
  }

  private static LinkedHashMap<String, FileFacts> parentFacts(Optional<Path> parentTree) {
    return OverlayUpper.read(parentTree.orElseThrow(() -> new IllegalStateException("a full-copy snapshot needs its parent's tree")));
  }

  /** dockerd's ExportChanges: a whiteout per deletion, each added or modified path as itself. */
  private static void writeChanges(Path tree, List<Change> changes, TreeTar tar) throws IOException {
    FileTime now = FileTime.from(Instant.now());
    for (Change c : changes) {
      String rel = c.path().substring(1);
      if (c.kind() == ChangeKind.DELETED) {
        String parent = OverlayChanges.parentOf(c.path());
        String base = rel.substring(rel.lastIndexOf('/') + 1);
        tar.marker(TreeTar.join(parent.equals("/") ? "" : parent.substring(1), ".wh." + base), now);
      } else {
        tar.add(tree.resolve(rel), rel);
      }
    }
  }
}
