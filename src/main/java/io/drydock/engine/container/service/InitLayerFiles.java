package io.drydock.engine.container.service;

import io.drydock.engine.container.fs.MountPointArtifacts;
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
 * dockerd's init layer ({@code initlayer.Setup}, made when a container is created), so that
 * {@code docker export} and {@code docker cp} of a container, started or not, see what they see on
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
 * <p>They are made when first seen rather than at create, which they would slow by a dozen inode
 * creations for containers that mostly never show their files: before each start, in the mounted
 * root, and before a file verb ({@code MountedRoot}) mounts a container that does not run. There
 * the snapshot is not mounted yet, and the entries are written into its overlay upper directory,
 * a parent the lower layers have being made there with their mode and owner, as the kernel's
 * copy-up would. Nothing else shows a container's tree, so none can tell them from dockerd's.
 */
final class InitLayerFiles {
  private static final Map<String, MountPointArtifacts.Kind> ENTRIES = MountPointArtifacts.INIT_LAYER;
  private static final java.nio.file.attribute.FileAttribute<?> RWXR_XR_X =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"));

  private InitLayerFiles() {}

  /** Makes the missing ones in a merged tree: a mounted rootfs, or a copying snapshotter's tree. */
  static void ensure(Path tree) {
    make(tree, List.of());
  }

  /** Makes the missing ones in a container's snapshot that is not mounted. */
  static void ensure(SnapshotLayout layout) {
    if (layout instanceof SnapshotLayout.Overlay o) {
      make(o.upper(), o.lowers());
    } else if (layout instanceof SnapshotLayout.FullCopy c) {
      ensure(c.tree());
    } else if (layout instanceof SnapshotLayout.Bare b) {
      ensure(b.tree());
    }
  }

  /**
   * @param target where the entries are written
   * @param lowers the layers below {@code target}, top first (none for a merged tree): where one
   *     has an entry, it is the image's; where one has a parent directory, its copy in
   *     {@code target} takes its mode and owner
   */
  private static void make(Path target, List<Path> lowers) {
    Map<String, Boolean> parents = new java.util.HashMap<>();
    for (Map.Entry<String, MountPointArtifacts.Kind> e : ENTRIES.entrySet()) {
      String rel = e.getKey();
      int slash = rel.lastIndexOf('/');
      if (!lowers.isEmpty() && OverlayUpper.lower(lowers, rel).isPresent()
          || slash > 0 && !parents.computeIfAbsent(rel.substring(0, slash), dir -> parent(target, dir, lowers))) {
        continue;
      }
      Path p = target.resolve(rel);
      try {
        switch (e.getValue()) {
          case DIRECTORY -> Files.createDirectory(p, RWXR_XR_X);
          case FILE -> Files.createFile(p, RWXR_XR_X);
          case SYMLINK -> Files.createSymbolicLink(p, Path.of(MountPointArtifacts.MTAB_TARGET));
        }
      } catch (FileAlreadyExistsException exists) {
        // the image's, or an earlier start's
      } catch (IOException ex) {
        throw new DrydockException.SystemError("create /" + rel + ": " + ex.getMessage(), ex);
      }
    }
  }

  /** Makes the top-level directory {@code dir} in {@code target} where missing; false when it is there as something else. */
  private static boolean parent(Path target, String dir, List<Path> lowers) {
    Optional<FileFacts> below = OverlayUpper.lower(lowers, dir);
    if (below.isPresent() && below.get().type() != FileFacts.FileType.DIRECTORY) {
      return false;
    }
    Path p = target.resolve(dir);
    try {
      Files.createDirectory(p, RWXR_XR_X);
      if (below.isPresent()) {
        copyUp(lowers.stream().map(l -> l.resolve(dir)).filter(l -> Files.isDirectory(l, LinkOption.NOFOLLOW_LINKS)).findFirst(), p);
      }
      return true;
    } catch (FileAlreadyExistsException exists) {
      return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create /" + dir + ": " + e.getMessage(), e);
    }
  }

  /** The lower directory's mode and owner on its copy in the upper directory, as the kernel's copy-up keeps them. */
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
