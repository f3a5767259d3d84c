package io.drydock.supervisor.snapshot;

import io.drydock.os.FileCalls;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Copies a snapshot tree exactly: contents, modes, owners, times, xattrs, symlinks as links,
 * device nodes and fifos as nodes, and hardlinks within the tree as hardlinks. Never follows a
 * link, so a hostile tree cannot make it read or write outside.
 */
final class TreeCopier {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private TreeCopier() {}

  static void copy(Path from, Path to) throws IOException {
    Map<Object, Path> copiedInodes = new HashMap<>();
    Deque<Path[]> dirs = new ArrayDeque<>();
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            Path target = to.resolve(from.relativize(dir).toString());
            Files.createDirectory(target);
            dirs.push(new Path[] {dir, target});
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Path target = to.resolve(from.relativize(file).toString());
            Object ino = Files.getAttribute(file, "unix:ino", NOFOLLOW);
            int nlink = (Integer) Files.getAttribute(file, "unix:nlink", NOFOLLOW);
            Path earlier = nlink > 1 ? copiedInodes.get(ino) : null;
            if (earlier != null) {
              Files.createLink(target, earlier);
              return FileVisitResult.CONTINUE;
            }
            copyOne(file, target, attrs);
            if (nlink > 1) {
              copiedInodes.put(ino, target);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    while (!dirs.isEmpty()) {
      Path[] pair = dirs.pop();
      copyMetadata(pair[0], pair[1], false);
    }
  }

  private static void copyOne(Path file, Path target, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      Files.createSymbolicLink(target, Files.readSymbolicLink(file));
      copyMetadata(file, target, true);
    } else if (attrs.isRegularFile()) {
      Files.copy(file, target, NOFOLLOW, StandardCopyOption.COPY_ATTRIBUTES);
      copyXattrs(file, target);
    } else {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", NOFOLLOW);
      long rdev = (Long) Files.getAttribute(file, "unix:rdev", NOFOLLOW);
      FileCalls.NodeType type = nodeType(mode);
      FileCalls.mknod(target, type, mode & 07777, major(rdev), minor(rdev));
      copyMetadata(file, target, false);
    }
  }

  private static FileCalls.NodeType nodeType(int mode) {
    return switch (mode & 0170000) {
      case 0020000 -> FileCalls.NodeType.CHAR;
      case 0060000 -> FileCalls.NodeType.BLOCK;
      default -> FileCalls.NodeType.FIFO;
    };
  }

  static int major(long dev) {
    return (int) (((dev >>> 32) & 0xfffff000L) | ((dev >>> 8) & 0xfffL));
  }

  static int minor(long dev) {
    return (int) (((dev >>> 12) & 0xffffff00L) | (dev & 0xffL));
  }

  private static void copyMetadata(Path from, Path to, boolean link) throws IOException {
    Files.setAttribute(to, "unix:uid", Files.getAttribute(from, "unix:uid", NOFOLLOW), NOFOLLOW);
    Files.setAttribute(to, "unix:gid", Files.getAttribute(from, "unix:gid", NOFOLLOW), NOFOLLOW);
    if (!link) {
      Files.setAttribute(to, "unix:mode", ((Integer) Files.getAttribute(from, "unix:mode", NOFOLLOW)) & 07777);
    }
    copyXattrs(from, to);
    BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class, NOFOLLOW);
    try {
      Files.getFileAttributeView(to, BasicFileAttributeView.class, NOFOLLOW).setTimes(a.lastModifiedTime(), a.lastAccessTime(), null);
    } catch (IOException | UnsupportedOperationException e) {
      if (!link) {
        throw e;
      }
    }
  }

  private static void copyXattrs(Path from, Path to) {
    for (String name : FileCalls.listXattrs(from)) {
      Optional<byte[]> value = FileCalls.getXattr(from, name);
      value.ifPresent(v -> FileCalls.setXattr(to, name, v));
    }
  }
}
