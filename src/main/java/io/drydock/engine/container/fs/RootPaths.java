package io.drydock.engine.container.fs;

import io.drydock.supervisor.layer.ScopedPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paths of the API ({@code ?path=} of the archive verbs) resolved inside a container's root as if
 * the root were {@code /}: the path is taken as absolute in the container, cleaned ({@code ..}
 * stops at the root), and its symlinks are followed inside the root only ({@link ScopedPaths}), so
 * a link to {@code /etc} means the container's {@code /etc} and no result ever leaves the root.
 * Resolved paths are relative (no leading slash, empty for the root itself).
 */
public final class RootPaths {
  private RootPaths() {}

  /** The cleaned absolute path inside the container ({@code /} for the root). */
  public static String absolute(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        continue;
      }
      out.add(part);
    }
    return "/" + String.join("/", out);
  }

  /** The base name of a cleaned absolute path, as Go's filepath.Base: {@code /} for the root. */
  public static String base(String absolute) {
    return absolute.equals("/") ? "/" : absolute.substring(absolute.lastIndexOf('/') + 1);
  }

  /** The path with its directories resolved; the last component is not followed. */
  public static String resolveParent(Path root, String path) {
    String abs = absolute(path);
    if (abs.equals("/")) {
      return "";
    }
    return ScopedPaths.resolveParent(abs.substring(1), rel -> symlinkAt(root, rel), path);
  }

  /** The path with every component, the last one too, resolved. */
  public static String resolveAll(Path root, String path) {
    return ScopedPaths.resolveDirectory(absolute(path).substring(1), rel -> symlinkAt(root, rel), path);
  }

  /** Whether the API path asks for a directory's contents rather than the directory ({@code dir/.}). */
  public static boolean endsWithDot(String path) {
    return path.equals(".") || path.endsWith("/.");
  }

  static Optional<String> symlinkAt(Path root, String rel) {
    Path p = root.resolve(rel);
    if (!Files.isSymbolicLink(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readSymbolicLink(p).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
