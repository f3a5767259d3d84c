package io.drydock.engine.build;

import io.drydock.common.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash of COPY/ADD sources, the {@code file:<hash>} of the history line and so the
 * build cache's key: every path under the sources (relative to the context, in sorted order) with
 * its type, permissions, link target and bytes, plus the step's flags (a changed {@code --chown}
 * is another layer). Modification times are left out, as dockerd's tarsum leaves them out.
 */
final class SourceHash {
  private SourceHash() {}

  static String of(Path context, List<Path> sources, List<String> flags) {
    MessageDigest sha = Digest.newSha256();
    flags.forEach(f -> sha.update((f + "\n").getBytes(StandardCharsets.UTF_8)));
    try {
      for (Path source : sources) {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source)) {
          all = walk.sorted().toList();
        }
        for (Path p : all) {
          add(sha, context, p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("read the build context: " + e.getMessage(), e);
    }
    return Digest.ofSha256(sha.digest()).hex();
  }

  private static void add(MessageDigest sha, Path context, Path p) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String kind = a.isSymbolicLink() ? "l" : a.isDirectory() ? "d" : "f";
    String head = kind + " " + context.relativize(p) + " " + Integer.toOctalString(permissionBits(p))
        + (a.isSymbolicLink() ? " -> " + Files.readSymbolicLink(p) : "") + "\n";
    sha.update(head.getBytes(StandardCharsets.UTF_8));
    if (a.isRegularFile()) {
      try (InputStream in = Files.newInputStream(p)) {
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) > 0; ) {
          sha.update(buf, 0, n);
        }
      }
    }
  }
  /** The permission bits with setuid, setgid and sticky, which {@code PosixFilePermission} cannot name. */
  static int permissionBits(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

}
