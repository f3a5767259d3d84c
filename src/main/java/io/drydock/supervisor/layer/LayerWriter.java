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
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private final Set<String> overlayWhiteouts = new HashSet<>();
  private final List<DirTime> dirTimes = new ArrayList<>();

  private record DirTime(Path dir, FileTime mtime, FileTime atime) {}

  LayerWriter(Path root, UnpackOptions options) throws IOException {
    this.root = root.toRealPath();
    this.options = options;
  }

  void write(EntryVerdict.Write verdict, TarArchiveEntry entry, InputStream data) throws IOException {
    String rel = ScopedPaths.resolveParent(verdict.path(), this::symlinkAt, entry.getName());
    ensureDirectories(PathNames.parent(rel), entry.getName());
    Path target = root.resolve(rel);
    boolean replacesWhiteout = overlayWhiteouts.remove(rel);
    Optional<BasicFileAttributes> existing = lstat(target);
    boolean merge = verdict.kind() == EntryKind.DIRECTORY && existing.isPresent() && existing.get().isDirectory();
    if (existing.isPresent() && !merge) {
      TreeRemover.delete(target);
    }
    create(verdict, entry, data, target, merge);
    written.add(rel);
    if (replacesWhiteout && verdict.kind() == EntryKind.DIRECTORY) {
      markOpaque(target);
    }
    if (verdict.kind() != EntryKind.HARDLINK) {
      applyMetadata(entry, target, verdict.kind());
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
    if (attrs.isEmpty() || attrs.get().isDirectory() || overlayWhiteouts.contains(sourceRel)) {
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
    ensureDirectories(PathNames.parent(rel), entryName);
    Optional<BasicFileAttributes> existing = lstat(target);
    if (existing.isEmpty()) {
      FileCalls.mknod(target, FileCalls.NodeType.CHAR, 0, 0, 0);
      overlayWhiteouts.add(rel);
    } else if (existing.get().isDirectory()) {
      markOpaque(target);
    }
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
    ensureDirectories(rel, entryName);
    markOpaque(dir);
  }

  /** Sets directory times last, since creating their children changed them. */
  void finish() throws IOException {
    for (int i = dirTimes.size() - 1; i >= 0; i--) {
      DirTime t = dirTimes.get(i);
      Files.getFileAttributeView(t.dir(), BasicFileAttributeView.class, NOFOLLOW).setTimes(t.mtime(), t.atime(), null);
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
      if (attrs.isPresent() && overlayWhiteouts.remove(curRel)) {
        Files.delete(cur);
        Files.createDirectory(cur);
        markOpaque(cur);
        written.add(curRel);
      } else if (attrs.isEmpty()) {
        Files.createDirectory(cur);
        written.add(curRel);
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
    if (options.keepOwnership()) {
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
      dirTimes.add(new DirTime(target, mtime, atime));
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
