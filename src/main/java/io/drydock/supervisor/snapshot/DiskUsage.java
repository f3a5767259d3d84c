package io.drydock.supervisor.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/** Measures a directory tree without following links; hardlinks are counted once. */
final class DiskUsage {
  private DiskUsage() {}

  static Usage of(Path root) {
    Set<Object> seen = new HashSet<>();
    long[] totals = new long[2];
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root)) {
                totals[1]++;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Object ino = Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS);
              if (seen.add(ino)) {
                totals[1]++;
                if (attrs.isRegularFile()) {
                  totals[0] += attrs.size();
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("usage of " + root + ": " + e.getMessage(), e);
    }
    return new Usage(totals[0], totals[1]);
  }
}
