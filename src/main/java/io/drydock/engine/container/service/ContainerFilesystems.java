package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.fs.Change;
import io.drydock.engine.container.fs.GoFileMode;
import io.drydock.engine.container.fs.PathStat;
import io.drydock.engine.container.fs.RootPaths;
import io.drydock.engine.container.fs.SnapshotLayout;
import io.drydock.engine.container.fs.TreeTar;
import io.drydock.engine.container.fs.WritableLayer;
import io.drydock.engine.image.ImageCommit;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.ImageStore;
import io.drydock.engine.spec.ResolvedUser;
import io.drydock.supervisor.layer.LayerUnpacker;
import io.drydock.supervisor.layer.UnpackOptions;
import io.drydock.supervisor.layer.WhiteoutMode;
import io.drydock.supervisor.snapshot.MountSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The container file verbs: {@code docker diff} (changes of the writable layer), {@code docker
 * export} (the merged tree as tar), {@code docker cp} (stat, archive and extract of a path,
 * resolved inside the container's root) and the layer half of {@code docker commit}. They work on
 * running containers (through the mounted rootfs) and stopped ones (through a temporary mount,
 * see {@link MountedRoot}). Stream-producing verbs take the output stream from a supplier called
 * only after every check passed, so a refusal is still an ordinary error response.
 */
public final class ContainerFilesystems {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final ServiceParts parts;
  private final ImageStore images;
  private final Path scratch;

  ContainerFilesystems(ServiceParts parts, ImageStore images) {
    this.parts = parts;
    this.images = images;
    this.scratch = parts.files.root().resolveSibling("fsviews");
    sweep();
  }

  /** {@code GET /containers/{id}/changes}. */
  public List<Change> changes(String ref) {
    ContainerRecord r = parts.get(ref).record();
    return withLayout(r, WritableLayer::changes);
  }

  /**
   * {@code SizeRw} and {@code SizeRootFs} of {@code ?size=1} (list and inspect): the container's own
   * bytes, and those plus its image's size (the image's alone when it is gone).
   */
  public ContainerSizes sizes(String ref) {
    ContainerRecord r = parts.get(ref).record();
    long rw = withLayout(r, WritableLayer::size);
    long image;
    try {
      image = images.record(ImageId.parse(r.imageId())).size();
    } catch (RuntimeException e) {
      image = 0;
    }
    return new ContainerSizes(rw, rw + image);
  }

  /** Inspect's {@code GraphDriver.Data} of the container (see {@link io.drydock.engine.container.fs.StorageDirs}). */
  public Map<String, String> storageDirs(String ref) {
    ContainerRecord r = parts.get(ref).record();
    try {
      SnapshotLayout layout = SnapshotLayout.of(parts.snapshotter.mounts(r.id().value()), Optional.empty());
      return io.drydock.engine.container.fs.StorageDirs.of(layout, parts.files.rootfs(r.id()));
    } catch (DrydockException | IllegalArgumentException e) {
      return Map.of(); // its snapshot already gone (a removal under way): no directories to name
    }
  }

  /**
   * Image inspect's {@code GraphDriver.Data} ({@link io.drydock.engine.container.fs.StorageDirs#ofImage}):
   * empty until a container's create unpacked the image's layers.
   */
  public Map<String, String> imageStorageDirs(ImageRecord image) {
    List<String> chain = LayerSnapshots.chainIds(image.diffIds());
    if (chain.isEmpty()) {
      return Map.of();
    }
    try {
      return io.drydock.engine.container.fs.StorageDirs.ofImage(parts.snapshotter.committedLayers(chain.get(chain.size() - 1)));
    } catch (DrydockException.NotFound e) {
      return Map.of();
    }
  }

  /** A container's sizes as {@code ?size=1} reports them. */
  public record ContainerSizes(long rw, long rootFs) {}

  /** {@code GET /containers/{id}/export}: the merged tree, names relative to the root. */
  public void export(String ref, Supplier<OutputStream> open) {
    ContainerRecord r = parts.get(ref).record();
    try (MountedRoot root = MountedRoot.open(parts, r, false, scratch)) {
      OutputStream out = open.get();
      TreeTar tar = new TreeTar(out, UserLookup.ownerNames(root.path()));
      for (Path child : children(root.path())) {
        tar.addTree(child, child.getFileName().toString());
      }
      tar.finish();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("export container " + r.id().value() + ": " + e.getMessage(), e);
    }
    parts.event(r, "export");
  }

  /** {@code HEAD /containers/{id}/archive}. */
  public PathStat stat(String ref, String path) {
    ContainerRecord r = parts.get(ref).record();
    try (MountedRoot root = MountedRoot.open(parts, r, false, scratch)) {
      return statIn(root.path(), ref, path, NetworkFiles.of(parts.files.config(r.id())));
    }
  }

  /**
   * {@code GET /containers/{id}/archive}: a directory as a tree named after the path's base name
   * ({@code .} for {@code dir/.}, meaning its contents), anything else (a symlink too) as one entry.
   */
  public void archive(String ref, String path, Function<PathStat, OutputStream> open) {
    ContainerRecord r = parts.get(ref).record();
    try (MountedRoot root = MountedRoot.open(parts, r, false, scratch)) {
      Map<String, Path> networkFiles = NetworkFiles.of(parts.files.config(r.id()));
      PathStat stat = statIn(root.path(), ref, path, networkFiles);
      Path source = root.path().resolve(resolve(root.path(), path));
      OutputStream out = open.apply(stat);
      TreeTar tar = new TreeTar(out, UserLookup.ownerNames(root.path())).serving(NetworkFiles.under(root.path(), networkFiles));
      String name = RootPaths.endsWithDot(path) || stat.name().equals("/") ? "." : stat.name();
      if (stat.directory()) {
        tar.addTree(source, name);
      } else {
        tar.add(source, name);
      }
      tar.finish();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("archive " + path + " of container " + r.id().value() + ": " + e.getMessage(), e);
    }
    parts.event(r, "archive-path");
  }

  /**
   * {@code PUT /containers/{id}/archive}: extracts a tar (plain or compressed) into the directory
   * {@code path}. The body is spooled to disk first, then checked entry by entry before anything is
   * written (a hostile tar is refused whole); entries are written with their parent directories
   * resolved inside the target directory, never through a symlink.
   */
  public void extract(String ref, String path, boolean noOverwriteDirNonDir, boolean copyUidGid, InputStream body) {
    StoredContainer c = parts.get(ref);
    ContainerRecord r = c.record();
    Path spool = spool(body);
    try (MountedRoot root = MountedRoot.open(parts, r, true, scratch)) {
      Path dir = root.path().resolve(RootPaths.resolveAll(root.path(), path));
      if (!Files.exists(dir, NOFOLLOW)) {
        throw notFound(ref, path);
      }
      if (!Files.isDirectory(dir, NOFOLLOW)) {
        throw new DrydockException.InvalidArgument("extraction point is not a directory");
      }
      if (c.host().readonlyRootfs()) {
        throw new DrydockException.InvalidArgument("container rootfs is marked read-only");
      }
      Optional<UnpackOptions.FileOwner> owner = Optional.empty();
      if (copyUidGid) {
        ResolvedUser u = UserLookup.resolve(r.config().user(), root.path());
        owner = Optional.of(new UnpackOptions.FileOwner((int) u.uid(), (int) u.gid()));
      }
      UnpackOptions options = new UnpackOptions(WhiteoutMode.LITERAL, false, true).withNoOverwriteDirNonDir(noOverwriteDirNonDir).withOwner(owner);
      new LayerUnpacker(options).unpack(spool, dir);
    } finally {
      deleteQuietly(spool);
    }
    parts.event(r, "extract-to-dir");
  }

  /**
   * {@code POST /commit}: the container's writable layer on its image's layers becomes a new image
   * (config: the container's, then {@code changes}); returns its id. Tagging is the caller's.
   */
  public ImageId commit(String ref, CommitRequest request) {
    return commitLayer(ref, request.pause(), (c, layer) -> {
      ImageRecord parent = images.record(ImageId.parse(c.record().imageId()));
      ImageConfig config = CommitConfig.of(c, parent.config());
      return ImageCommit.run(images, parent, layer, new ImageCommit.Request(config, request.changes(), request.comment(), request.author(),
          String.join(" ", c.cmd()), parts.clock.instant()), CommitConfig.committedFrom(c, config), CommitConfig.settings(c));
    });
  }

  /**
   * The builder's {@code COPY --from}: {@code work} reads the root tree of a container that does
   * not run, mounted read-only (a {@link io.drydock.engine.container.fs.ReadOnlyView}, which
   * leaves the container's upper and work directories alone) for the time of the call.
   */
  public <T> T withReadOnlyRoot(String ref, Function<Path, T> work) {
    ContainerRecord r = parts.get(ref).record();
    try (MountedRoot root = MountedRoot.open(parts, r, false, scratch)) {
      return work.apply(root.path());
    }
  }

  /**
   * The builder's COPY and ADD: {@code work} gets the root tree of a container that does not run,
   * mounted writable for the time of the call.
   */
  public <T> T withWritableRoot(String ref, Function<Path, T> work) {
    ContainerRecord r = parts.get(ref).record();
    try (MountedRoot root = MountedRoot.open(parts, r, true, scratch)) {
      return work.apply(root.path());
    }
  }

  /**
   * The builder's commit of a step: the container's writable layer with the build's config (not
   * the container's) and the history line dockerd writes for the step.
   */
  public ImageId commitStep(String ref, ImageConfig config, String author, String createdBy) {
    return commitLayer(ref, false, (c, layer) -> {
      ImageRecord parent = images.record(ImageId.parse(c.record().imageId()));
      // dockerd's builder keeps the step's container too: its run settings, not the build's config
      return ImageCommit.run(images, parent, layer, new ImageCommit.Request(config, List.of(), "", author, createdBy, parts.clock.instant()),
          CommitConfig.committedFrom(c, CommitConfig.of(c, parent.config())));
    });
  }

  /**
   * Writes the container's writable layer (an OCI layer tar) to a scratch file and hands it to
   * {@code store}, pausing a running container meanwhile when asked (as {@code docker commit} does
   * by default); returns what {@code store} returned.
   */
  <T> T commitLayer(String ref, boolean pause, BiFunction<StoredContainer, InputStream, T> store) {
    StoredContainer c = parts.get(ref);
    ContainerRecord r = c.record();
    Path layer = scratchFile("commit");
    boolean paused = false;
    try {
      if (pause && r.status() == io.drydock.engine.container.ContainerStatus.RUNNING) {
        parts.tasks().pause(ServiceParts.taskId(r.id()));
        paused = true;
      }
      try (OutputStream out = Files.newOutputStream(layer)) {
        withLayout(r, (layout, parentTree) -> {
          WritableLayer.writeLayer(layout, parentTree, out);
          return null;
        });
      } finally {
        if (paused) {
          parts.tasks().resume(ServiceParts.taskId(r.id()));
        }
      }
      T result;
      try (InputStream in = Files.newInputStream(layer)) {
        result = store.apply(c, in);
      }
      parts.event(r, "commit");
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("commit container " + r.id().value() + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(layer);
    }
  }

  /** @param networkFiles the files bound over the container's own paths ({@link NetworkFiles}), stat'ed in their place */
  private PathStat statIn(Path root, String ref, String path, Map<String, Path> networkFiles) {
    String rel = resolve(root, path);
    Path p = networkFiles.getOrDefault("/" + (rel.startsWith("/") ? rel.substring(1) : rel), root.resolve(rel));
    Map<String, Object> a;
    try {
      a = Files.readAttributes(p, "unix:mode,size,lastModifiedTime", NOFOLLOW);
    } catch (NoSuchFileException e) {
      throw notFound(ref, path);
    } catch (IOException e) {
      throw new DrydockException.SystemError("stat " + path + ": " + e.getMessage(), e);
    }
    long mode = GoFileMode.of((Integer) a.get("mode"));
    String linkTarget = Files.isSymbolicLink(p) ? "/" + RootPaths.resolveAll(root, path) : "";
    String abs = RootPaths.absolute(path);
    String name = RootPaths.endsWithDot(path) ? "." : RootPaths.base(abs);
    return new PathStat(name, (Long) a.get("size"), mode, ((FileTime) a.get("lastModifiedTime")).toInstant(), linkTarget);
  }

  /** A path ending in {@code /} or {@code /.} names the directory a trailing symlink points to. */
  private static String resolve(Path root, String path) {
    boolean followLast = path.endsWith("/") || RootPaths.endsWithDot(path);
    return followLast ? RootPaths.resolveAll(root, path) : RootPaths.resolveParent(root, path);
  }

  private static DrydockException.NotFound notFound(String ref, String path) {
    return new DrydockException.NotFound("Could not find the file " + path + " in container " + ref);
  }

  private <T> T withLayout(ContainerRecord r, BiFunction<SnapshotLayout, Optional<Path>, T> work) {
    String key = r.id().value();
    Optional<String> parent = parts.snapshotter.stat(key).parent();
    SnapshotLayout layout = SnapshotLayout.of(parts.snapshotter.mounts(key), parent);
    if (!(layout instanceof SnapshotLayout.FullCopy) || parent.isEmpty()) {
      return work.apply(layout, Optional.empty());
    }
    String viewKey = "fsview-" + UUID.randomUUID();
    List<MountSpec> view = parts.snapshotter.view(viewKey, parent);
    try {
      return work.apply(layout, Optional.of(Path.of(view.get(0).source())));
    } finally {
      parts.snapshotter.remove(viewKey);
    }
  }

  private Path spool(InputStream body) {
    Path file = scratchFile("put");
    try {
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      deleteQuietly(file);
      throw new DrydockException.InvalidArgument("read the archive: " + e.getMessage(), e);
    }
  }

  private Path scratchFile(String what) {
    try {
      Files.createDirectories(scratch);
      return scratch.resolve(what + "-" + UUID.randomUUID() + ".tar");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what a daemon that died mid-verb left: empty mount points and scratch files. */
  private void sweep() {
    if (!Files.isDirectory(scratch)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(scratch)) {
      for (Path p : s) {
        deleteQuietly(p);
      }
    } catch (IOException e) {
      // nothing to sweep
    }
  }

  private static List<Path> children(Path dir) throws IOException {
    List<Path> out = new java.util.ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    }
    out.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
    return out;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a non-empty or busy directory is left alone
    }
  }
}
