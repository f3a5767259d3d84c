package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.service.ImageService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The step loop of one build: prints {@code Step i/n : <instruction>}, dispatches it to the
 * stage's state (FROM starts a stage, ARG declares, config-only instructions, RUN, COPY/ADD) and
 * prints the new image's short ID. Stages are named by {@code FROM x AS name} for later FROMs.
 */
final class Steps {
  private static final String DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final ImageService images;
  private final StepContainers containers;
  private final CopyStep copies;
  private final BuildCache cache;
  private final RunStep runs;
  private final Clock clock;
  private final Path scratch;
  private final BuildRequest request;
  private final BuildOutput out;
  private final BuildCancellation cancellation;
  private final Map<String, String> stageImages = new HashMap<>();
  private final Map<String, String> metaArgs = new LinkedHashMap<>();
  private int stageCount;

  Steps(ImageService images, StepContainers containers, CopyStep copies, RunStep runs, Clock clock, Path scratch, BuildRequest request,
      BuildOutput out, BuildCancellation cancellation) {
    this.images = images;
    this.cancellation = cancellation;
    this.containers = containers;
    this.copies = copies;
    this.cache = new BuildCache(images.images().store(), !request.noCache());
    this.runs = runs;
    this.clock = clock;
    this.scratch = scratch;
    this.request = request;
    this.out = out;
  }

  ImageId all(List<Instruction> steps, char escape, BuildArgs args, Path context) {
    BuildStage stage = null;
    for (int i = 0; i < steps.size(); i++) {
      Instruction in = steps.get(i);
      cancellation.check();
      out.stream("Step " + (i + 1) + "/" + steps.size() + " : " + in.original().strip());
      out.stream("\n");
      if (in.keyword() == Keyword.FROM) {
        if (stage != null && stage.imageId.isPresent()) {
          stageImages.put(stage(stage.name), stage.imageId.get());
          stageImages.put(Integer.toString(stageCount - 1), stage.imageId.get());
        }
        stageCount++;
        stage = from(in, escape, stageCount - 1);
        runTriggers(stage, in, escape, args, context);
      } else if (stage == null) {
        if (in.keyword() != Keyword.ARG) {
          throw new DrydockException.InvalidArgument("Please provide a source image with `from` prior to commit");
        }
        metaArg(in, escape, args);
        continue;
      } else {
        step(stage, in, escape, args, context);
      }
      out.stream(" ---> " + stage.imageId.map(Steps::shortId).orElse("") + "\n");
    }
    if (stage == null || stage.imageId.isEmpty()) {
      throw new DrydockException.SystemError("No image was generated. Is your Dockerfile empty?");
    }
    return ImageId.parse(stage.imageId.get());
  }

  private static String stage(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private BuildStage from(Instruction in, char escape, int index) {
    List<String> words = ShellLex.words(in.arguments(), metaArgs::get, escape);
    String name = Integer.toString(index);
    if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
      name = words.get(2);
    } else if (words.size() != 1) {
      throw new DrydockException.InvalidArgument("FROM requires either one or three arguments");
    }
    String image = words.get(0);
    if (image.equalsIgnoreCase("scratch")) {
      return new BuildStage(name, Optional.empty(), withPath(ImageConfig.EMPTY));
    }
    String known = stageImages.get(stage(image));
    ImageRecord base = known != null ? images.inspect(known) : ClassicBuilder.localOrPulled(images, image);
    BuildStage s = new BuildStage(name, Optional.of(base.id().toString()), withPath(base.config()));
    return s;
  }

  /**
   * The ONBUILD triggers of the image a FROM started from, run as steps of their own (no step
   * lines, as dockerd prints them) after {@code # Executing N build trigger(s)}; the stage's config
   * keeps none of them.
   */
  private void runTriggers(BuildStage stage, Instruction from, char escape, BuildArgs args, Path context) {
    List<String> triggers = stage.config.onBuild();
    if (triggers.isEmpty()) {
      return;
    }
    stage.config = stage.config.withOnBuild(List.of());
    out.stream("# Executing " + triggers.size() + " build trigger" + (triggers.size() > 1 ? "s" : "") + "\n");
    for (String trigger : triggers) {
      cancellation.check();
      step(stage, DockerfileParser.trigger(trigger, from.line()), escape, args, context);
    }
  }

  private static ImageConfig withPath(ImageConfig c) {
    if (c.env().stream().anyMatch(e -> e.startsWith("PATH="))) {
      return c;
    }
    List<String> env = new ArrayList<>(c.env());
    env.add(0, DEFAULT_PATH);
    return c.withEnv(env);
  }

  private void metaArg(Instruction in, char escape, BuildArgs args) {
    ArgDeclaration d = ArgDeclaration.parse(in.arguments(), escape, metaArgs::get);
    metaArgs.put(d.name(), args.declare(d.name(), d.defaultValue()));
  }

  private void step(BuildStage s, Instruction in, char escape, BuildArgs args, Path context) {
    switch (in.keyword()) {
      case ARG -> {
        ArgDeclaration d = ArgDeclaration.parse(in.arguments(), escape, s::lookup);
        String value = args.declare(d.name(), d.defaultValue());
        if (value == null && metaArgs.containsKey(d.name()) && d.defaultValue() == null) {
          value = metaArgs.get(d.name());
        }
        s.args.put(d.name(), value);
        commitConfig(s, "#(nop)  ARG " + in.arguments());
      }
      case RUN -> run(s, in, args);
      case COPY, ADD -> copy(s, in, escape, context);
      case ONBUILD -> {
        List<String> triggers = new ArrayList<>(s.config.onBuild());
        triggers.add(in.arguments());
        s.config = s.config.withOnBuild(triggers);
        commitConfig(s, "#(nop)  ONBUILD " + in.arguments());
      }
      case FROM -> throw new IllegalStateException("FROM is handled by the loop");
      default -> commitConfig(s, MetadataSteps.apply(s, in, escape));
    }
  }

  private void commitConfig(BuildStage s, String nop) {
    String createdBy = String.join(" ", s.shell) + " " + nop;
    if (cached(s, createdBy)) {
      return;
    }
    s.imageId = Optional.of(ClassicBuilder.commitConfig(images, s, createdBy, clock));
  }

  /** Takes the cached image of this step when there is one (` ---> Using cache`). */
  private boolean cached(BuildStage s, String createdBy) {
    Optional<String> hit = cache.find(s.imageId, createdBy, s.config);
    hit.ifPresent(id -> {
      out.stream(" ---> Using cache\n");
      s.imageId = Optional.of(id);
    });
    return hit.isPresent();
  }

  private void run(BuildStage s, Instruction in, BuildArgs args) {
    List<String> cmd = MetadataSteps.command(s, in.arguments(), "RUN");
    Map<String, String> shownArgs = s.effectiveArgs();
    StringBuilder createdBy = new StringBuilder();
    if (!shownArgs.isEmpty()) {
      createdBy.append('|').append(shownArgs.size());
      shownArgs.forEach((k, v) -> createdBy.append(' ').append(k).append('=').append(v));
      createdBy.append(' ');
    }
    createdBy.append(String.join(" ", cmd));
    requireImage(s);
    if (cached(s, createdBy.toString())) {
      return;
    }
    String id = containers.create(s, cmd, s.runEnv(args.predefined()));
    out.stream(" ---> Running in " + id.substring(0, 12) + "\n");
    boolean ok = false;
    try {
      runs.run(id, String.join(" ", cmd), out::stream, cancellation);
      s.imageId = Optional.of(containers.service().filesystems().commitStep(id, s.config, s.author, createdBy.toString()).toString());
      images.syncRegistry();
      ok = true;
    } finally {
      if (cancellation.cancelled()) {
        containers.remove(id);
      } else if (request.forceRemove() || (ok && request.remove())) {
        containers.remove(id);
        out.stream("Removing intermediate container " + id.substring(0, 12) + "\n");
      }
    }
  }

  private void copy(BuildStage s, Instruction in, char escape, Path context) {
    requireImage(s);
    List<String> args = CopyStep.arguments(s, in, escape);
    List<String> srcs = args.subList(0, args.size() - 1);
    Optional<String> from = Flags.of(in, "chown", "from").get("from");
    if (from.isEmpty()) {
      copyPlanned(s, in, CopyStep.plan(in, args, srcs, context));
      return;
    }
    if (in.keyword() == Keyword.ADD) {
      throw new DrydockException.InvalidArgument("ADD does not support the --from flag");
    }
    String source = stageImages.getOrDefault(stage(from.get()), null);
    String imageId = source != null ? source : ClassicBuilder.localOrPulled(images, from.get()).id().toString();
    try (StageSources copied = StageSources.copyOut(containers, imageId, srcs, scratch, in.keyword().name())) {
      copyPlanned(s, in, CopyStep.plan(in, args, copied.names(), copied.context()));
    }
  }

  private void copyPlanned(BuildStage s, Instruction in, CopyStep.Plan plan) {
    // dockerd glues the chown flag to the hash: "COPY --chown=65534file:<hash> in /df ".
    String chown = plan.chown().map(c -> "--chown=" + c).orElse("");
    String createdBy = String.join(" ", s.shell) + " #(nop) " + in.keyword().name() + " " + chown + plan.shown();
    if (cached(s, createdBy)) {
      return;
    }
    String id = containers.create(s, List.of("/bin/sh", "-c", "#(nop) " + in.original().strip()), s.config.env());
    try {
      copies.write(id, s, plan);
      s.imageId = Optional.of(containers.service().filesystems().commitStep(id, s.config, s.author, createdBy).toString());
      images.syncRegistry();
    } finally {
      containers.remove(id);
    }
  }

  /** A {@code FROM scratch} stage gets an empty image (no layers, its config) before its first container step. */
  private void requireImage(BuildStage s) {
    if (s.imageId.isEmpty()) {
      s.imageId = Optional.of(ClassicBuilder.commitConfig(images, s, "", clock));
    }
  }

  static String shortId(String id) {
    return id.substring(id.indexOf(':') + 1, id.indexOf(':') + 13);
  }
}
