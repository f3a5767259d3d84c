package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.RootPaths;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code COPY --from=<stage or image>}: the named paths of another image, copied out of a
 * container made from it (its root mounted for the time of the copy, paths resolved inside that
 * root) into a scratch directory that then serves as the step's context. The container and the
 * directory go when the step is done ({@link #close}).
 */
final class StageSources implements AutoCloseable {
  private final Path dir;
  private final List<String> names;

  private StageSources(Path dir, List<String> names) {
    this.dir = dir;
    this.names = names;
  }

  static StageSources copyOut(StepContainers containers, String imageId, List<String> sources, Path scratch, String instruction) {
    Path dir = scratch.resolve("from-" + UUID.randomUUID());
    String id = containers.createFrom(imageId);
    try {
      Files.createDirectories(dir);
      List<String> names = containers.service().filesystems().withWritableRoot(id, root -> {
        List<String> out = new ArrayList<>();
        for (String src : sources) {
          String rel = RootPaths.resolveAll(root, src);
          Path from = root.resolve(rel);
          if (rel.isEmpty() || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            throw new DrydockException.SystemError(instruction + " failed: stat " + RootPaths.absolute(src) + ": file does not exist");
          }
          copyTree(from, dir.resolve(rel));
          out.add(rel);
        }
        return out;
      });
      return new StageSources(dir, names);
    } catch (IOException | RuntimeException e) {
      TreeRemover.delete(dir);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    } finally {
      containers.remove(id);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("copy from the stage: " + e.getMessage(), e);
    }
  }

  /** The copied tree, to serve as the step's context. */
  Path context() {
    return dir;
  }

  /** The sources as paths relative to {@link #context}. */
  List<String> names() {
    return names;
  }

  @Override
  public void close() {
    TreeRemover.delete(dir);
  }
}
