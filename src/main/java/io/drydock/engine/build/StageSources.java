package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.RootPaths;
import io.drydock.engine.container.fs.TreeTar;
import io.drydock.supervisor.layer.LayerUnpacker;
import io.drydock.supervisor.layer.UnpackOptions;
import io.drydock.supervisor.layer.WhiteoutMode;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code COPY --from=<stage or image>}: the named paths of another image, copied out of a
 * container made from it (its root mounted read-only for the time of the copy, paths resolved
 * inside that root) into a scratch directory that then serves as the step's context: written by
 * the engine's {@link TreeTar} and unpacked literally, so hard links, whole modes and long names
 * survive. The container and the directory go when the step is done ({@link #close}).
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
    Path tar = scratch.resolve("from-" + UUID.randomUUID() + ".tar");
    String id = containers.createFrom(imageId);
    try {
      Files.createDirectories(dir);
      List<String> names = new ArrayList<>();
      try (OutputStream out = Files.newOutputStream(tar); TreeTar trees = new TreeTar(out)) {
        containers.service().filesystems().withReadOnlyRoot(id, root -> {
          for (String src : sources) {
            names.add(addTree(trees, root, src, instruction));
          }
          return null;
        });
      }
      new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, true)).unpack(tar, dir);
      return new StageSources(dir, names);
    } catch (IOException | RuntimeException e) {
      TreeRemover.delete(dir);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("copy from the stage: " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    } finally {
      containers.remove(id);
      try {
        Files.deleteIfExists(tar);
      } catch (IOException ignored) {
        // a scratch file
      }
    }
  }

  /** {@code src} resolved inside {@code root} and written under its resolved relative name; returns that name. */
  private static String addTree(TreeTar trees, Path root, String src, String instruction) {
    String rel = RootPaths.resolveAll(root, src);
    Path from = root.resolve(rel);
    if (rel.isEmpty() || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      throw new DrydockException.SystemError(instruction + " failed: stat " + RootPaths.absolute(src) + ": file does not exist");
    }
    try {
      trees.addTree(from, rel);
    } catch (IOException e) {
      throw new UncheckedIOException("copy " + src + " from the stage: " + e.getMessage(), e);
    }
    return rel;
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
