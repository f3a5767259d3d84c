package io.drydock.cli;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The supervisor's state root. Shim control sockets live at {@code <root>/tasks/<64-hex id>/control.sock}
 * and a unix socket path has at most 107 bytes, so a long exec root (tests use deep temp
 * directories) is reached through a short symlink {@code /run/dd-<hash>}, removed on close.
 */
record TaskRoot(Path base, boolean linked) implements AutoCloseable {
  static final int MAX_ROOT = 16;

  /** The supervisor's root ({@code s}). */
  Path path() {
    return base.resolve("s");
  }

  /** drydock's runtime state root ({@code r}); its sockets have the same limit. */
  Path runtime() {
    return base.resolve("r");
  }

  static TaskRoot under(Path execRoot) {
    Path real = execRoot.toAbsolutePath();
    try {
      Files.createDirectories(real.resolve("s"));
      Files.createDirectories(real.resolve("r"));
      if (real.toString().length() <= MAX_ROOT) {
        return new TaskRoot(real, false);
      }
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
      sweepDanglingLinks();
      Path link = Path.of("/run", "dd-" + HexFormat.of().formatHex(hash, 0, 4));
      if (Files.isSymbolicLink(link)) {
        Files.delete(link);
      }
      Files.createSymbolicLink(link, real);
      return new TaskRoot(link, true);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new DrydockException.SystemError("create the supervisor root under " + execRoot + ": " + e.getMessage(), e);
    }
  }

  /** Links left by daemons that were killed (no close) and whose exec root is gone. */
  private static void sweepDanglingLinks() throws IOException {
    try (var links = Files.newDirectoryStream(Path.of("/run"), "dd-*")) {
      for (Path l : links) {
        if (Files.isSymbolicLink(l) && !Files.exists(l)) {
          Files.deleteIfExists(l);
        }
      }
    }
  }

  @Override
  public void close() {
    if (linked) {
      try {
        Files.deleteIfExists(base);
      } catch (IOException e) {
        // the link is recreated on the next start
      }
    }
  }
}
