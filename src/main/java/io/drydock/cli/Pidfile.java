package io.drydock.cli;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The daemon's PID file, as dockerd keeps it: refuses to start while the file names a live
 * process, replaces a stale one, and is removed on shutdown (only if it still names us).
 */
final class Pidfile implements AutoCloseable {
  private final Path path;
  private final long pid;

  private Pidfile(Path path, long pid) {
    this.path = path;
    this.pid = pid;
  }

  static Pidfile acquire(Path path) {
    long self = ProcessHandle.current().pid();
    Optional<Long> existing = readPid(path);
    if (existing.isPresent() && existing.get() != self && ProcessHandle.of(existing.get()).map(ProcessHandle::isAlive).orElse(false)) {
      throw new DrydockException.Conflict("pid file found, ensure drydock is not running or delete " + path);
    }
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
      Files.writeString(tmp, self + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DrydockException.SystemError("write pid file " + path + ": " + e.getMessage(), e);
    }
    return new Pidfile(path, self);
  }

  static Optional<Long> readPid(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (readPid(path).filter(p -> p == pid).isPresent()) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Nothing else to do on the way out; the next start treats the file as stale.
      }
    }
  }
}
