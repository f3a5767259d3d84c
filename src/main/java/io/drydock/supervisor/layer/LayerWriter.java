package io.drydock.supervisor.layer;

import io.drydock.common.DrydockException;
import io.drydock.os.FileCalls;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Writes the entries of one layer below a root, after {@link TarEntryPolicy} allowed them. Every
 * parent directory is resolved with {@link ScopedPaths} first, so no write goes through a symlink;
 * an existing path is replaced, never written through. Keeps the set of paths this layer wrote,
 * because a whiteout hides only what the lower layers had (OCI layer spec).
 */
final class LayerWriter {
  static final String OPAQUE_XATTR = "trusted.overlay.opaque";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final Path root;
  private final UnpackOptions options;
  private final Set<String> written = new HashSet<>();
  private final Set<String> pendingWhiteouts = new TreeSet<>();
  private final Set<String> pendingOpaques = new TreeSet<>();
  private final Set<String> opaqueDirs = new HashSet<>();
  private final Map<Path, DirTime> dirTimes = new LinkedHashMap<>();

  private record DirTime(Path dir, FileTime mtime, FileTime atime) {}

  LayerWriter(Path root, UnpackOptions options) throws IOException {
    this.root = root.toRealPath();
    this.options = options;
  }

  /**
   * Writes one entry. In overlay format a directory that replaces a non-directory this same layer
   * wrote is opaque: the earlier entry had already hidden whatever the lower layers had there.
   */
  void write(EntryVerdict.Write verdict, TarArchiveEntry entry, InputStream data) throws IOException {
    String rel = ScopedPaths.resolveParent(verdict.path(), this::symlinkAt, entry.getName());
    ensureDirectories(PathNames.parent(rel), entry.getName());
    Path target = root.resolve(rel);
    Optional<BasicFileAttributes> existing = lstat(target);
    boolean merge = verdict.kind() == EntryKind.DIRECTORY && existing.isPresent() && existing.get().isDirectory();
    if (options.noOverwriteDirNonDir() && existing.isPresent()) {
      refuseDirNonDir(existing.get().isDirectory(), verdict.kind() == EntryKind.DIRECTORY, entry.getName());
    }
    if (existing.isPresent() && !merge) {
      TreeRemover.delete(target);
    }
    create(verdict, entry, data, target, merge);
    markWritten(rel);
    if (options.mode() == WhiteoutMode.OVERLAY && verdict.kind() == EntryKind.DIRECTORY && existing.isPresent() && !merge) {
      markOpaque(target);
    }
    if (verdict.kind() != EntryKind.HARDLINK) {
      applyMetadata(entry, target, verdict.kind());
    }
  }

  /** Docker's {@code NoOverwriteDirNonDir}, with its messages. */
  private static void refuseDirNonDir(boolean existingIsDir, boolean entryIsDir, String name) {
    if (existingIsDir && !entryIsDir) {
      throw new DrydockException.InvalidArgument("cannot overwrite directory \"/" + name + "\" with non-directory \"/" + name + "\"");
    }
    if (!existingIsDir && entryIsDir) {
      throw new DrydockException.InvalidArgument("cannot overwrite non-directory \"/" + name + "\" with directory \"/" + name + "\"");
    }
  }

  private void create(EntryVerdict.Write v, TarArchiveEntry e, InputStream data, Path target, boolean merge)
      throws IOException {
    switch (v.kind()) {
      case FILE -> Files.copy(data, target);
      case DIRECTORY -> {
        if (!merge) {
          Files.createDirectory(target);
        }
      }
      case SYMLINK -> Files.createSymbolicLink(target, Path.of(v.linkTarget()));
      case HARDLINK -> link(v, e, target);
      case CHAR_DEVICE -> FileCalls.mknod(target, FileCalls.NodeType.CHAR, e.getMode(), e.getDevMajor(), e.getDevMinor());
      case BLOCK_DEVICE -> FileCalls.mknod(target, FileCalls.NodeType.BLOCK, e.getMode(), e.getDevMajor(), e.getDevMinor());
      case FIFO -> FileCalls.mknod(target, FileCalls.NodeType.FIFO, e.getMode(), 0, 0);
      case OTHER -> throw new IllegalStateException("policy let an unsupported entry through: " + e.getName());
    }
  }

  private void link(EntryVerdict.Write v, TarArchiveEntry e, Path target) throws IOException {
    String sourceRel = ScopedPaths.resolveParent(v.linkTarget(), this::symlinkAt, e.getName());
    Path source = root.resolve(sourceRel);
    Optional<BasicFileAttributes> attrs = lstat(source);
    if (attrs.isEmpty() || attrs.get().isDirectory()) {
      throw new DrydockException.InvalidArgument(
          "refusing layer entry \"" + e.getName() + "\": hardlink target \"" + e.getLinkName() + "\" is not a file in the layer");
    }
    Files.createLink(target, source);
  }

  void whiteout(EntryVerdict.Whiteout verdict, String entryName) throws IOException {
    String rel = ScopedPaths.resolveParent(verdict.path(), this::symlinkAt, entryName);
    Path target = root.resolve(rel);
    if (options.mode() == WhiteoutMode.APPLY) {
      if (lstat(target).isPresent()) {
        removeLower(target, rel);
      }
      return;
    }
    pendingWhiteouts.add(rel);
  }

  void opaque(EntryVerdict.Opaque verdict, String entryName) throws IOException {
    String rel = ScopedPaths.resolveDirectory(verdict.directory(), this::symlinkAt, entryName);
    Path dir = root.resolve(rel);
    if (options.mode() == WhiteoutMode.APPLY) {
      Optional<BasicFileAttributes> attrs = lstat(dir);
      if (attrs.isPresent() && attrs.get().isDirectory()) {
        for (Path child : children(dir)) {
          removeLower(child, PathNames.join(rel, child.getFileName().toString()));
        }
      }
      return;
    }
    pendingOpaques.add(rel);
  }

  /** Writes the overlay markers, then sets directory times (creating children changed them). */
  void finish() throws IOException {
    if (options.mode() == WhiteoutMode.OVERLAY) {
      writeOverlayMarkers();
    }
    List<DirTime> times = new ArrayList<>(dirTimes.values());
    for (int i = times.size() - 1; i >= 0; i--) {
      DirTime t = times.get(i);
      Optional<BasicFileAttributes> attrs = lstat(t.dir());
      if (attrs.isEmpty() || !attrs.get().isDirectory()) {
        continue;
      }
      Files.getFileAttributeView(t.dir(), BasicFileAttributeView.class, NOFOLLOW).setTimes(t.mtime(), t.atime(), null);
    }
  }

  /**
   * Overlay markers are written once the whole layer is known, because whiteouts apply to lower
   * layers only and may come in any order: a whiteout of a path this layer also has becomes an
   * opaque directory (or nothing, for a file); a marker below a directory that this layer deletes
   * or makes opaque hides nothing and is dropped (overlayfs would even list it, as it reads a
   * directory present in one layer only as it is).
   */
  private void writeOverlayMarkers() throws IOException {
    Set<String> deleted = new HashSet<>();
    for (String w : pendingWhiteouts) {
      if (lstat(root.resolve(w)).isEmpty()) {
        deleted.add(w);
      }
    }
    Set<String> markers = new TreeSet<>(pendingWhiteouts);
    markers.addAll(pendingOpaques);
    for (String p : markers) {
      if (underAny(p, deleted) || underNonDirectory(p)) {
        continue;
      }
      Path target = root.resolve(p);
      Optional<BasicFileAttributes> existing = lstat(target);
      boolean hiddenAbove = underAny(p, opaqueDirs);
      if (existing.isPresent()) {
        if (existing.get().isDirectory()) {
          markOpaque(target);
        }
      } else if (!hiddenAbove && pendingWhiteouts.contains(p)) {
        ensureDirectories(PathNames.parent(p), p);
        FileCalls.mknod(target, FileCalls.NodeType.CHAR, 0, 0, 0);
      } else if (!hiddenAbove) {
        ensureDirectories(p, p + "/" + TarEntryPolicy.OPAQUE);
        markOpaque(target);
      }
    }
  }

  /** Whether this layer replaced an ancestor of {@code path} by a file, hiding everything below. */
  private boolean underNonDirectory(String path) {
    for (String p = PathNames.parent(path); !p.isEmpty(); p = PathNames.parent(p)) {
      Optional<BasicFileAttributes> attrs = lstat(root.resolve(p));
      if (attrs.isPresent() && !attrs.get().isDirectory()) {
        return true;
      }
    }
    return false;
  }

  private static boolean underAny(String path, Set<String> dirs) {
    for (String p = PathNames.parent(path); !p.isEmpty(); p = PathNames.parent(p)) {
      if (dirs.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** A path and its ancestors now hold this layer's content, which its whiteouts must not hide. */
  private void markWritten(String rel) {
    for (String p = rel; !p.isEmpty(); p = PathNames.parent(p)) {
      written.add(p);
    }
  }

  /** Deletes what lower layers put at {@code path}, keeping what this layer wrote. */
  private void removeLower(Path path, String rel) throws IOException {
    if (!written.contains(rel)) {
      TreeRemover.delete(path);
      return;
    }
    Optional<BasicFileAttributes> attrs = lstat(path);
    if (attrs.isPresent() && attrs.get().isDirectory()) {
      for (Path child : children(path)) {
        removeLower(child, PathNames.join(rel, child.getFileName().toString()));
      }
    }
  }

  /** Creates the missing directories of a resolved (symlink-free) path and checks it is inside. */
  private void ensureDirectories(String rel, String entryName) throws IOException {
    Path cur = root;
    String curRel = "";
    for (String part : PathNames.parts(rel)) {
      cur = cur.resolve(part);
      curRel = PathNames.join(curRel, part);
      Optional<BasicFileAttributes> attrs = lstat(cur);
      if (attrs.isEmpty()) {
        Files.createDirectory(cur);
      } else if (!attrs.get().isDirectory()) {
        throw new DrydockException.InvalidArgument(
            "refusing layer entry \"" + entryName + "\": parent \"" + curRel + "\" is not a directory");
      }
    }
    if (!cur.toRealPath().startsWith(root)) {
      throw new DrydockException.InvalidArgument("refusing layer entry \"" + entryName + "\": path leaves the layer root");
    }
  }

  private void applyMetadata(TarArchiveEntry e, Path target, EntryKind kind) throws IOException {
    if (options.owner().isPresent()) {
      Files.setAttribute(target, "unix:uid", options.owner().get().uid(), NOFOLLOW);
      Files.setAttribute(target, "unix:gid", options.owner().get().gid(), NOFOLLOW);
    } else if (options.keepOwnership()) {
      Files.setAttribute(target, "unix:uid", (int) e.getLongUserId(), NOFOLLOW);
      Files.setAttribute(target, "unix:gid", (int) e.getLongGroupId(), NOFOLLOW);
    }
    if (kind != EntryKind.SYMLINK) {
      Files.setAttribute(target, "unix:mode", e.getMode() & 07777);
    }
    TarXattrs.of(e).forEach((name, value) -> FileCalls.setXattr(target, name, value));
    FileTime mtime = e.getLastModifiedTime();
    FileTime atime = e.getLastAccessTime() != null ? e.getLastAccessTime() : mtime;
    if (kind == EntryKind.DIRECTORY) {
      dirTimes.remove(target);
      dirTimes.put(target, new DirTime(target, mtime, atime));
      return;
    }
    try {
      Files.getFileAttributeView(target, BasicFileAttributeView.class, NOFOLLOW).setTimes(mtime, atime, null);
    } catch (IOException | UnsupportedOperationException e2) {
      if (kind != EntryKind.SYMLINK) {
        throw e2;
      }
    }
  }

  private void markOpaque(Path dir) {
    opaqueDirs.add(root.relativize(dir).toString());
    FileCalls.setXattr(dir, OPAQUE_XATTR, "y".getBytes(StandardCharsets.US_ASCII));
  }

  private Optional<String> symlinkAt(String rel) {
    Path p = root.resolve(rel);
    if (!Files.isSymbolicLink(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readSymbolicLink(p).toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Optional<BasicFileAttributes> lstat(Path p) {
    try {
      return Optional.of(Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<Path> children(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    }
    return out;
  }
}
