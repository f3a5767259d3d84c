package io.drydock.engine.container.fs;

import io.drydock.os.FileCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an overlayfs upper directory: its tree in walk order with the kernel's markers recognised
 * (a 0/0 character device is a whiteout, {@code trusted.overlay.opaque=y} an opaque directory),
 * the facts of a path in the lower layers, and the upper tree as an OCI layer tar — whiteouts
 * written as {@code .wh.NAME} files and opaque directories followed by {@code .wh..wh..opq}.
 */
public final class OverlayUpper {
  static final String OPAQUE_XATTR = "trusted.overlay.opaque";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private OverlayUpper() {}

  /** Every path below {@code upper} (relative, no leading slash) in walk order, with its facts. */
  public static LinkedHashMap<String, FileFacts> read(Path upper) {
    LinkedHashMap<String, FileFacts> out = new LinkedHashMap<>();
    try {
      walk(upper, "", out);
    } catch (IOException e) {
      throw new UncheckedIOException("read upper directory " + upper + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void walk(Path dir, String rel, Map<String, FileFacts> out) throws IOException {
    for (Path child : TreeTar.sortedChildren(dir)) {
      String childRel = rel.isEmpty() ? child.getFileName().toString() : rel + "/" + child.getFileName();
      FileFacts f = facts(child);
      out.put(childRel, f);
      if (f.directory()) {
        walk(child, childRel, out);
      }
    }
  }

  /** What a lower layer holds at {@code rel}: the first of {@code lowers} (top first) that has it. */
  public static Optional<FileFacts> lower(List<Path> lowers, String rel) {
    for (Path l : lowers) {
      Path p = l.resolve(rel);
      if (Files.exists(p, NOFOLLOW)) {
        try {
          FileFacts f = facts(p);
          return f.whiteout() ? Optional.empty() : Optional.of(f);
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  static FileFacts facts(Path p) throws IOException {
    Map<String, Object> a = Files.readAttributes(p, "unix:mode,size,lastModifiedTime,rdev", NOFOLLOW);
    int mode = (Integer) a.get("mode");
    long size = (Long) a.get("size");
    FileTime mtime = (FileTime) a.get("lastModifiedTime");
    FileFacts.FileType type = switch (mode & 0170000) {
      case 0040000 -> FileFacts.FileType.DIRECTORY;
      case 0100000 -> FileFacts.FileType.REGULAR;
      case 0120000 -> FileFacts.FileType.SYMLINK;
      default -> FileFacts.FileType.OTHER;
    };
    boolean whiteout = (mode & 0170000) == 0020000 && (Long) a.get("rdev") == 0L;
    boolean opaque = type == FileFacts.FileType.DIRECTORY && isOpaque(p);
    String target = type == FileFacts.FileType.SYMLINK ? Files.readSymbolicLink(p).toString() : "";
    return new FileFacts(type, size, mode & 07777, mtime.toInstant(), whiteout, opaque, target);
  }

  static boolean isOpaque(Path dir) {
    return FileCalls.getXattr(dir, OPAQUE_XATTR).map(v -> Arrays.equals(v, "y".getBytes(StandardCharsets.US_ASCII))).orElse(false);
  }

  /** Writes the upper tree as an OCI layer (names relative, whiteouts in OCI form), leaving out {@code hidden} paths. */
  public static void writeLayer(Path upper, TreeTar tar, Set<String> hidden) {
    try {
      writeDir(upper, "", tar, hidden);
    } catch (IOException e) {
      throw new UncheckedIOException("archive upper directory " + upper + ": " + e.getMessage(), e);
    }
  }

  private static void writeDir(Path dir, String rel, TreeTar tar, Set<String> hidden) throws IOException {
    for (Path child : TreeTar.sortedChildren(dir)) {
      String name = child.getFileName().toString();
      String childRel = TreeTar.join(rel, name);
      if (hidden.contains(childRel)) {
        continue;
      }
      FileFacts f;
      try {
        f = facts(child);
      } catch (NoSuchFileException gone) {
        continue;
      }
      if (f.whiteout()) {
        tar.marker(TreeTar.join(rel, ".wh." + name), FileTime.from(f.mtime()));
        continue;
      }
      if (!tar.add(child, childRel)) {
        continue;
      }
      if (f.directory()) {
        if (f.opaque()) {
          tar.marker(TreeTar.join(childRel, ".wh..wh..opq"), FileTime.from(f.mtime()));
        }
        writeDir(child, childRel, tar, hidden);
      }
    }
  }
}
