package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The context paths a COPY or ADD names: cleaned relative to the context (never outside it), a
 * pattern with {@code * ? [} matched per path component as Go's filepath.Match does; errors in
 * dockerd's words.
 */
final class CopySources {
  private CopySources() {}

  static List<Path> resolve(Path context, List<String> sources, String instruction) {
    List<Path> out = new ArrayList<>();
    for (String src : sources) {
      String rel = cleaned(src);
      if (rel.equals("..") || rel.startsWith("../")) {
        throw new DrydockException.InvalidArgument("Forbidden path outside the build context: " + src + " ()");
      }
      if (rel.matches(".*[*?\\[].*")) {
        out.addAll(glob(context, rel));
        continue;
      }
      Path p = rel.isEmpty() ? context : context.resolve(rel);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new DrydockException.SystemError(instruction + " failed: file not found in build context or excluded by .dockerignore: stat "
            + src + ": file does not exist");
      }
      out.add(p);
    }
    if (out.isEmpty()) {
      throw new DrydockException.InvalidArgument(instruction + " failed: no source files were specified");
    }
    return out;
  }

  /** The source cleaned like Go's path.Clean of a relative path, without a leading slash ({@code ""} for the root). */
  static String cleaned(String src) {
    List<String> parts = new ArrayList<>();
    for (String part : src.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else if (!(part.equals("..") && src.startsWith("/"))) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private static List<Path> glob(Path context, String pattern) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = pattern.split("/").length;
    try (Stream<Path> walk = Files.walk(context, depth)) {
      return walk.filter(p -> !p.equals(context) && m.matches(context.relativize(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("read the build context: " + e.getMessage(), e);
    }
  }
}
