package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.FileFacts;
import io.drydock.engine.container.fs.OverlayUpper;
import io.drydock.engine.container.fs.SnapshotLayout;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dockerd's init layer ({@code initlayer.Setup}), made when the container is created, so that
 * {@code docker export} and {@code docker cp} of a container never started see what they see on
 * dockerd: the mount points the runtime will cover ({@code /proc}, {@code /sys}, {@code /dev/pts},
 * {@code /dev/shm}, {@code /dev/console}, {@code /etc/hostname}, {@code /etc/hosts},
 * {@code /etc/resolv.conf}), the empty {@code /.dockerenv} (scripts test for it to learn they run
 * in a container) and {@code /etc/mtab} as a symlink to {@code /proc/mounts} (for tools that read
 * the mount table there). Files and directories get mode 0755, owned by root, as dockerd makes
 * them. Each is made only where the path does not exist as anything: an image's own entry, even a
 * symlink, is left alone, and a parent that is no directory (an {@code /etc} symlink) is not
 * followed (its target would be resolved on the host). {@code docker diff} and {@code commit} hide
 * them ({@code MountPointArtifacts}), as dockerd's separate init layer does.
 *
 * <p>At create the snapshot is not mounted: the entries are written into its overlay upper
 * directory, a parent the lower layers have being made there with their mode and owner, as the
 * kernel's copy-up would. A start makes what is still missing in the mounted root (a container
 * created before they were made at create).
 */
final class InitLayerFiles {
  static final String DOCKERENV = ".dockerenv";
  static final String MTAB = "etc/mtab";
  static final String MTAB_TARGET = "/proc/mounts";

  private enum Kind { DIRECTORY, FILE, SYMLINK }

  private static final Map<String, Kind> ENTRIES = orderedEntries();

  private InitLayerFiles() {}

  private static Map<String, Kind> orderedEntries() {
    Map<String, Kind> m = new java.util.LinkedHashMap<>();
    m.put(DOCKERENV, Kind.FILE);
    m.put("dev/pts", Kind.DIRECTORY);
    m.put("dev/shm", Kind.DIRECTORY);
    m.put("dev/console", Kind.FILE);
    m.put("etc/hostname", Kind.FILE);
    m.put("etc/hosts", Kind.FILE);
    m.put("etc/resolv.conf", Kind.FILE);
    m.put(MTAB, Kind.SYMLINK);
    m.put("proc", Kind.DIRECTORY);
    m.put("sys", Kind.DIRECTORY);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Makes the missing ones in a merged tree: a mounted rootfs, or a copying snapshotter's tree. */
  static void ensure(Path tree) {
    make(tree, List.of(tree), List.of());
  }

  /** Makes the missing ones in a container's snapshot that is not mounted. */
  static void ensure(SnapshotLayout layout) {
    if (layout instanceof SnapshotLayout.Overlay o) {
      List<Path> layers = new java.util.ArrayList<>(List.of(o.upper()));
      layers.addAll(o.lowers());
      make(o.upper(), layers, o.lowers());
    } else if (layout instanceof SnapshotLayout.FullCopy c) {
      ensure(c.tree());
    } else if (layout instanceof SnapshotLayout.Bare b) {
      ensure(b.tree());
    }
  }

  /**
   * @param target where the entries are written
   * @param layers the container's root, top first ({@code target} the first)
   * @param lowers the layers below {@code target}, whose directory's mode and owner a parent made in {@code target} copies
   */
  private static void make(Path target, List<Path> layers, List<Path> lowers) {
    for (Map.Entry<String, Kind> e : ENTRIES.entrySet()) {
      String rel = e.getKey();
      if (OverlayUpper.lower(layers, rel).isPresent() || !parents(target, rel, layers, lowers)) {
        continue;
      }
      Path p = target.resolve(rel);
      try {
        switch (e.getValue()) {
          case DIRECTORY -> Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
          case FILE -> Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
          case SYMLINK -> Files.createSymbolicLink(p, Path.of(MTAB_TARGET));
        }
      } catch (FileAlreadyExistsException exists) {
        // made meanwhile (an earlier start's)
      } catch (IOException ex) {
        throw new DrydockException.SystemError("create /" + rel + ": " + ex.getMessage(), ex);
      }
    }
  }

  /** Makes {@code rel}'s missing parents in {@code target}; false when one is there as something else than a directory. */
  private static boolean parents(Path target, String rel, List<Path> layers, List<Path> lowers) {
    int slash = -1;
    while ((slash = rel.indexOf('/', slash + 1)) > 0) {
      String dir = rel.substring(0, slash);
      Optional<FileFacts> f = OverlayUpper.lower(layers, dir);
      if (f.isPresent() && f.get().type() != FileFacts.FileType.DIRECTORY) {
        return false;
      }
      Path p = target.resolve(dir);
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        if (f.isPresent()) {
          copyUp(lowers.stream().map(l -> l.resolve(dir)).filter(l -> Files.isDirectory(l, LinkOption.NOFOLLOW_LINKS)).findFirst(), p);
        }
      } catch (FileAlreadyExistsException exists) {
        // made meanwhile
      } catch (IOException e) {
        throw new DrydockException.SystemError("create /" + dir + ": " + e.getMessage(), e);
      }
    }
    return true;
  }

  /** The lower directory's mode and owner on its copy in the upper directory. */
  private static void copyUp(Optional<Path> lower, Path upper) throws IOException {
    if (lower.isEmpty()) {
      return;
    }
    Map<String, Object> a = Files.readAttributes(lower.get(), "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(upper, "unix:uid", a.get("uid"));
    Files.setAttribute(upper, "unix:gid", a.get("gid"));
    Files.setAttribute(upper, "unix:mode", (Integer) a.get("mode") & 07777);
  }
}
