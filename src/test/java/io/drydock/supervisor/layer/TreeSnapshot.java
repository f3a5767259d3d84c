package io.drydock.supervisor.layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory tree read back as {@code relative path -> "dir" | "file:<content>" | "link:<target>" | "other"}. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  static Map<String, String> read(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.equals(root)).forEach(p -> out.put(root.relativize(p).toString(), describe(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String describe(Path p) {
    try {
      if (Files.isSymbolicLink(p)) {
        return "link:" + Files.readSymbolicLink(p);
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return "dir";
      }
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return "file:" + new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      }
      return "other";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
