package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.layer.LayerUnpacker;
import io.drydock.supervisor.layer.UnpackOptions;
import io.drydock.supervisor.layer.WhiteoutMode;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The build context: the request's tar (plain or compressed) unpacked into a private scratch
 * directory with the layer unpacker's entry checks (no path leaves the directory), owned by the
 * daemon (the tar's owners are not kept: COPY gives root or {@code --chown}). Closing deletes it.
 */
final class BuildContext implements AutoCloseable {
  private final Path dir;

  private BuildContext(Path dir) {
    this.dir = dir;
  }

  static BuildContext unpack(InputStream tar, Path scratchRoot) {
    Path dir = scratchRoot.resolve("build-" + UUID.randomUUID());
    Path spool = scratchRoot.resolve("build-" + UUID.randomUUID() + ".tar");
    try {
      Files.createDirectories(dir);
      Files.copy(tar, spool);
      new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, false)).unpack(spool, dir);
      return new BuildContext(dir);
    } catch (IOException | RuntimeException e) {
      TreeRemover.delete(dir);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("read the build context: " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    } finally {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException ignored) {
        // a scratch file: the next build's directory is a new one
      }
    }
  }

  Path root() {
    return dir;
  }

  /** The Dockerfile's text; dockerd's 500 {@code Cannot locate specified Dockerfile: x} when absent. */
  String dockerfile(String name) {
    Path p = dir.resolve(name).normalize();
    if (!p.startsWith(dir) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      Path lower = dir.resolve("dockerfile");
      if (name.equals("Dockerfile") && Files.isRegularFile(lower, LinkOption.NOFOLLOW_LINKS)) {
        p = lower;
      } else {
        throw new DrydockException.SystemError("Cannot locate specified Dockerfile: " + name);
      }
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    TreeRemover.delete(dir);
  }
}
