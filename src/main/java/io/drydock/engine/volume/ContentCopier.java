package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Copies an image directory into an empty volume, keeping modes, owners and symlinks (never
 * following one). A volume that already holds anything is left alone, as in Docker.
 */
final class ContentCopier {
  private ContentCopier() {}

  static void copyIfEmpty(Path source, Path target) {
    try {
      if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS) || !isEmpty(target)) {
        return;
      }
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Path to = target.resolve(source.relativize(dir).toString());
          if (!dir.equals(source)) {
            Files.createDirectory(to);
          }
          copyOwnerAndMode(dir, to);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Path to = target.resolve(source.relativize(file).toString());
          Files.copy(file, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
          if (!attrs.isSymbolicLink()) {
            copyOwnerAndMode(file, to);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new DrydockException.SystemError("copy image content from " + source + " into volume " + target + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static void copyOwnerAndMode(Path from, Path to) throws IOException {
    PosixFileAttributes a = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView v = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    v.setOwner(a.owner());
    v.setGroup(a.group());
    v.setPermissions(a.permissions());
  }
}
