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
 * directories) is reached through a short symlink {@code /run/drydock-<hash>}, removed on close.
 */
record TaskRoot(Path path, boolean linked) implements AutoCloseable {
  static final int MAX_ROOT = 20;

  static TaskRoot under(Path execRoot) {
    Path real = execRoot.toAbsolutePath().resolve("supervisor");
    try {
      Files.createDirectories(real);
      if (real.toString().length() <= MAX_ROOT) {
        return new TaskRoot(real, false);
      }
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
      Path link = Path.of("/run", "drydock-" + HexFormat.of().formatHex(hash, 0, 4));
      if (Files.isSymbolicLink(link)) {
        Files.delete(link);
      }
      Files.createSymbolicLink(link, real);
      return new TaskRoot(link, true);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new DrydockException.SystemError("create the supervisor root under " + execRoot + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (linked) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // the link is recreated on the next start
      }
    }
  }
}
