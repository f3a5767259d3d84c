package io.drydock.supervisor.snapshot;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.layer.WhiteoutMode;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Snapshots as overlayfs layers: a committed snapshot is a directory used as a lowerdir, an active
 * one adds an upperdir and a workdir, and its mount shows the chain newest layer first.
 *
 * <pre>
 * root/snapshots/&lt;id&gt;/fs     the layer (upperdir while active, lowerdir once committed)
 * root/snapshots/&lt;id&gt;/work   overlay's workdir
 * root/l/&lt;id&gt;                symlink to ../snapshots/&lt;id&gt;/fs, the short name used in lowerdir=
 * </pre>
 *
 * The kernel takes mount options in one page (4096 bytes); short ids under {@code l/} (as Docker's
 * overlay2 does) keep each lowerdir entry to the root path plus 13 bytes, so with a root like
 * /var/lib/drydock 50 layers take about 1.6 KiB. A chain too long for a page is refused with a
 * clear error instead of a kernel EINVAL.
 */
public final class OverlaySnapshotter extends StoredSnapshotter {
  static final int PAGE_LIMIT = 4095;

  private final Path links;

  private OverlaySnapshotter(Path root, SnapshotStore store) {
    super(store);
    this.links = root.resolve("l");
  }

  /** Opens (creating if needed) the snapshots under {@code root}; its path may not contain ',' or ':'. */
  public static OverlaySnapshotter open(Path root) {
    Path abs = root.toAbsolutePath().normalize();
    if (abs.toString().contains(",") || abs.toString().contains(":")) {
      throw new DrydockException.InvalidArgument(
          "overlay snapshot root " + abs + " contains ',' or ':', which overlay mount options cannot express");
    }
    OverlaySnapshotter s = new OverlaySnapshotter(abs, SnapshotStore.open(abs));
    s.sweepLinks();
    return s;
  }

  private void sweepLinks() {
    try {
      Files.createDirectories(links);
      Set<String> ids = store.ids();
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(links)) {
        for (Path l : dir) {
          if (!ids.contains(l.getFileName().toString())) {
            Files.delete(l);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("open overlay links " + links + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<MountSpec> prepare(String key, Optional<String> parent) {
    store.create(key, parent, SnapshotKind.ACTIVE, (id, dir) -> layout(id, dir, true));
    return mounts(key);
  }

  @Override
  public List<MountSpec> view(String key, Optional<String> parent) {
    store.create(key, parent, SnapshotKind.VIEW, (id, dir) -> layout(id, dir, false));
    return mounts(key);
  }

  private void layout(String id, Path dir, boolean writable) throws IOException {
    Files.createDirectory(dir.resolve("fs"));
    if (writable) {
      Files.createDirectory(dir.resolve("work"));
    }
    Path link = links.resolve(id);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of("..", "snapshots", id, "fs"));
  }

  @Override
  protected List<MountSpec> activeMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain) {
    if (chain.isEmpty()) {
      return List.of(bind(fs(e), false));
    }
    Path dir = store.dir(e.id());
    return List.of(overlay(e, List.of(lowerdir(chain), "upperdir=" + dir.resolve("fs"), "workdir=" + dir.resolve("work"))));
  }

  @Override
  protected List<MountSpec> viewMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain) {
    if (chain.isEmpty()) {
      return List.of(bind(fs(e), true));
    }
    if (chain.size() == 1) {
      return List.of(bind(fs(chain.get(0)), true));
    }
    return List.of(overlay(e, List.of(lowerdir(chain), "ro")));
  }

  private String lowerdir(List<SnapshotStore.Entry> chain) {
    List<String> dirs = new ArrayList<>();
    chain.forEach(p -> dirs.add(links.resolve(p.id()).toString()));
    return "lowerdir=" + String.join(":", dirs);
  }

  private static MountSpec overlay(SnapshotStore.Entry e, List<String> options) {
    int length = String.join(",", options).length();
    if (length > PAGE_LIMIT) {
      throw new DrydockException.InvalidArgument(
          "snapshot " + e.info().key() + ": overlay mount options are " + length + " bytes, more than the kernel's "
              + PAGE_LIMIT + "; the parent chain is too long for this snapshot root");
    }
    return new MountSpec("overlay", "overlay", options);
  }

  @Override
  protected void forget(SnapshotStore.Entry e) {
    try {
      Files.deleteIfExists(links.resolve(e.id()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void commit(String name, String key) {
    SnapshotStore.Entry e = store.commit(name, key);
    TreeRemover.delete(store.dir(e.id()).resolve("work"));
  }

  @Override
  public LayerTarget layerTarget(String key) {
    return new LayerTarget(fs(active(key)), WhiteoutMode.OVERLAY);
  }
}
