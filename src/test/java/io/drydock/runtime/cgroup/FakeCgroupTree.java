package io.drydock.runtime.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a fake cgroupfs in a temp directory: the hierarchy roots with the files a test needs. */
final class FakeCgroupTree {
  private final Path root;

  FakeCgroupTree(Path root) {
    this.root = root;
  }

  /** Creates {@code hostDir} (a mount point such as /sys/fs/cgroup) holding {@code files} with the given contents. */
  Path hierarchy(String hostDir, String... fileAndContent) {
    Path dir = root.resolve(hostDir.substring(1));
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < fileAndContent.length; i += 2) {
        Files.writeString(dir.resolve(fileAndContent[i]), fileAndContent[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
