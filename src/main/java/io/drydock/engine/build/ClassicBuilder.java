package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.image.ImageCommit;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.image.service.ImageService;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /build} with dockerd 20.10's classic builder: the context is unpacked, the
 * Dockerfile parsed (a parse error fails before any output), then each instruction runs as a
 * step ({@code Step i/n : ...}) that leaves a new image: config-only steps commit a config,
 * RUN/COPY/ADD a container's layer. At the end the image is reported, then tagged. Intermediate
 * containers go after a successful step (rm) or always (forcerm); the context always goes.
 */
public final class ClassicBuilder {
  private final ImageService images;
  private final ContainerService containers;
  private final Path scratch;
  private final Clock clock;

  public ClassicBuilder(ImageService images, ContainerService containers, Path scratch, Clock clock) {
    this.images = images;
    this.containers = containers;
    this.scratch = scratch;
    this.clock = clock;
  }

  /**
   * Runs the build until it ends or {@code cancellation} stops it (the client went away); returns
   * the built image's ID. Failures before the first step (parse errors, no Dockerfile) carry no output.
   */
  public ImageId build(InputStream contextTar, BuildRequest request, BuildOutput out, BuildCancellation cancellation) {
    try {
      java.nio.file.Files.createDirectories(scratch);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (BuildContext context = BuildContext.unpack(contextTar, scratch)) {
      String text = context.dockerfile(request.dockerfile());
      if (text.isEmpty()) {
        throw new DrydockException.InvalidArgument("the Dockerfile (" + request.dockerfile() + ") cannot be empty");
      }
      Dockerfile file = DockerfileParser.parse(text);
      if (file.instructions().isEmpty()) {
        throw new DrydockException.InvalidArgument("failed to parse Dockerfile: file with no instructions");
      }
      List<Instruction> steps = withLabels(file, request.labels());
      if (steps.stream().takeWhile(i -> i.keyword() != Keyword.FROM).anyMatch(i -> i.keyword() != Keyword.ARG)
          || steps.stream().noneMatch(i -> i.keyword() == Keyword.FROM)) {
        throw new DrydockException.InvalidArgument("no build stage in current context");
      }
      BuildArgs args = new BuildArgs(request.buildArgs());
      StepContainers containers = new StepContainers(this.containers, request.networkMode());
      Steps run = new Steps(images, containers, new CopyStep(containers, scratch), new RunStep(containers), clock, scratch, request,
          quietAware(out, request), cancellation);
      ImageId id = run.all(steps, file.escape(), args, context.root());
      List<String> unused = args.unused();
      if (!unused.isEmpty() && !request.quiet()) {
        out.stream("[Warning] One or more build-args " + unused.toString().replace(",", "") + " were not consumed\n");
      }
      if (request.quiet()) {
        out.stream(id + "\n");
      } else {
        out.imageId(id.toString());
        out.stream("Successfully built " + id.digest().hex().substring(0, 12) + "\n");
      }
      for (ImageRef tag : request.tags()) {
        images.tag(id.toString(), tag.familiarName(), "");
        if (!request.quiet()) {
          out.stream("Successfully tagged " + tag.familiarName() + "\n");
        }
      }
      return id;
    }
  }

  /** Quiet builds print only the ID: the step lines and RUN output are dropped. */
  private static BuildOutput quietAware(BuildOutput out, BuildRequest request) {
    if (!request.quiet()) {
      return out;
    }
    return new BuildOutput() {
      @Override
      public void stream(String text) {}

      @Override
      public void imageId(String id) {}
    };
  }

  /** dockerd adds the {@code labels} parameter as one LABEL step at the end of the last stage. */
  private static List<Instruction> withLabels(Dockerfile file, Map<String, String> labels) {
    List<Instruction> out = new ArrayList<>(file.instructions());
    if (labels.isEmpty()) {
      return out;
    }
    List<String> pairs = new ArrayList<>();
    new java.util.TreeMap<>(labels).forEach((k, v) -> pairs.add(GoText.quote(k) + "=" + GoText.quote(v)));
    String text = String.join(" ", pairs);
    out.add(new Instruction(Keyword.LABEL, List.of(), text, "LABEL " + text, 0));
    return out;
  }

  /** Resolves the image a FROM names (a local image, or pulled), used by {@link Steps}. */
  static ImageRecord localOrPulled(ImageService images, String name) {
    try {
      return images.inspect(name);
    } catch (DrydockException.NotFound e) {
      ImageRef ref = ImageRef.parse(name);
      images.pull(ref, io.drydock.engine.image.Platform.host(), Optional.empty(), ev -> {});
      return images.inspect(ref.toString());
    }
  }

  /** A config-only image on the stage's current one. */
  static String commitConfig(ImageService images, BuildStage stage, String createdBy, Clock clock) {
    Optional<ImageRecord> parent = stage.imageId.map(images::inspect);
    ImageId id = ImageCommit.configOnly(images.images().store(), parent,
        new ImageCommit.Request(stage.config, List.of(), "", stage.author, createdBy, clock.instant()));
    images.syncRegistry();
    return id.toString();
  }
}
