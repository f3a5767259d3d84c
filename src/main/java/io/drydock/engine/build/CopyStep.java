package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.RootPaths;
import io.drydock.engine.container.service.UserLookup;
import io.drydock.engine.image.ImportChanges;
import io.drydock.engine.spec.ResolvedUser;
import io.drydock.supervisor.layer.LayerUnpacker;
import io.drydock.supervisor.layer.UnpackOptions;
import io.drydock.supervisor.layer.WhiteoutMode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COPY and ADD from the build context, as dockerd's classic builder does them: into a container
 * made from the current image, whose root is mounted writable while the files are written (so
 * destination directories, symlinks on the way and {@code --chown} names resolve in the image),
 * then committed. A file goes to {@code dest} or, when {@code dest} ends in {@code /} or is a
 * directory, into it; a directory's contents go into {@code dest}; ADD unpacks a local tar
 * archive into {@code dest}. ADD of a URL is refused (the daemon has no network to fetch it).
 */
final class CopyStep {
  private final StepContainers containers;
  private final Path scratch;

  CopyStep(StepContainers containers, Path scratch) {
    this.containers = containers;
    this.scratch = scratch;
  }

  /** What one COPY/ADD will write, decided before any container exists (the cache needs its hash). */
  record Plan(Keyword keyword, List<Path> sources, String dest, boolean destIsDir, Optional<String> chown, String hash) {
    /** The history line's part after the keyword: {@code file:<hash> in <dest> }. */
    String shown() {
      String kind = sources.size() > 1 ? "multi" : Files.isDirectory(sources.get(0), LinkOption.NOFOLLOW_LINKS) ? "dir" : "file";
      return kind + ":" + hash + " in " + dest + " ";
    }
  }

  /** The source and destination words after substitution (the last is the destination). */
  static List<String> arguments(BuildStage stage, Instruction in, char escape) {
    String name = in.keyword().name();
    List<String> raw = ArgumentWords.json(in.arguments()).orElseGet(() -> ArgumentWords.split(in.arguments(), escape));
    if (raw.size() < 2) {
      throw new DrydockException.InvalidArgument(name + " requires at least two arguments, but only one was provided. Destination could not be determined.");
    }
    List<String> args = new ArrayList<>();
    raw.forEach(r -> args.add(ShellLex.word(r, stage::lookup, escape)));
    return args;
  }

  /** The plan of a COPY/ADD whose sources are {@code srcs} in {@code context}. */
  static Plan plan(Instruction in, List<String> args, List<String> srcs, Path context) {
    String name = in.keyword().name();
    Flags flags = Flags.of(in, "chown", "from");
    String dest = args.get(args.size() - 1);
    if (in.keyword() == Keyword.ADD && srcs.stream().anyMatch(s -> s.startsWith("http://") || s.startsWith("https://"))) {
      throw new DrydockException.NotImplemented("ADD of a URL is not supported by drydock's builder (it does not fetch from the network); "
          + "fetch the file into the build context and ADD or COPY it from there");
    }
    List<Path> sources = CopySources.resolve(context, srcs, name);
    boolean destIsDir = dest.endsWith("/") || dest.equals(".") || dest.endsWith("/.");
    if (sources.size() > 1 && !destIsDir) {
      throw new DrydockException.InvalidArgument("When using " + name + " with more than one source file, the destination must be a directory and end with a /");
    }
    return new Plan(in.keyword(), sources, dest, destIsDir, flags.get("chown"), SourceHash.of(context, sources, in.flags()));
  }

  /** Writes the planned files into {@code containerId}'s root (not running). */
  void write(String containerId, BuildStage stage, Plan plan) {
    String destAbs = plan.dest().startsWith("/") ? plan.dest() : ImportChanges.workdir(stage.config.workingDir(), plan.dest());
    containers.service().filesystems().withWritableRoot(containerId, root -> {
      ResolvedUser owner = plan.chown().map(u -> UserLookup.resolve(u, root)).orElse(ResolvedUser.ROOT);
      writeInto(root, plan.sources(), RootPaths.absolute(destAbs), plan.destIsDir(), owner, plan.keyword() == Keyword.ADD);
      return null;
    });
  }

  private void writeInto(Path root, List<Path> sources, String dest, boolean destIsDir, ResolvedUser owner, boolean add) {
    Path tar = scratch.resolve("copy-" + java.util.UUID.randomUUID() + ".tar");
    List<Path> archives = new ArrayList<>();
    try {
      try (OutputStream out = Files.newOutputStream(tar); CopyLayer layer = new CopyLayer(out)) {
        String destRel = RootPaths.resolveAll(root, dest);
        boolean intoDir = destIsDir || sources.size() > 1 || Files.isDirectory(root.resolve(destRel));
        for (Path src : sources) {
          boolean dir = Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS);
          boolean archive = add && !dir && Archives.isArchive(src);
          String target = (intoDir || dir || archive) ? destRel : parentOf(destRel);
          mkdirs(root, layer, target);
          if (archive) {
            archives.add(src);
          } else if (dir) {
            layer.copy(src, destRel);
          } else {
            layer.copy(src, intoDir ? join(destRel, src.getFileName().toString()) : destRel);
          }
        }
      }
      UnpackOptions.FileOwner stepOwner = new UnpackOptions.FileOwner((int) owner.uid(), (int) owner.gid());
      new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, true).withOwner(Optional.of(stepOwner))).unpack(tar, root);
      for (Path a : archives) {
        new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, true)).unpack(a, root.resolve(RootPaths.resolveAll(root, dest)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("copy into the image: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tar);
      } catch (IOException ignored) {
        // scratch file
      }
    }
  }

  /** Directories of {@code rel} missing in the image, outermost first. */
  private static void mkdirs(Path root, CopyLayer layer, String rel) throws IOException {
    if (rel.isEmpty()) {
      return;
    }
    String path = "";
    for (String part : rel.split("/")) {
      path = join(path, part);
      if (!Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        layer.directory(path);
      }
    }
  }

  private static String parentOf(String rel) {
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "" : rel.substring(0, slash);
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "/" + b;
  }
}
