package io.drydock.engine.build;

import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.CreateRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intermediate containers of a build: made from the stage's current image with the step's
 * command, environment, working directory and user (no health check, no entrypoint), removed
 * with their anonymous volumes when the step is done.
 */
final class StepContainers {
  private static final Healthcheck NO_CHECK = new Healthcheck(List.of("NONE"), 0, 0, 0, 0);

  private final ContainerService containers;

  StepContainers(ContainerService containers) {
    this.containers = containers;
  }

  ContainerService service() {
    return containers;
  }

  /** A created (not started) container for the step; returns its full ID. */
  String create(BuildStage stage, List<String> cmd, List<String> env) {
    CreateRequest request = new CreateRequest(Optional.empty(), stage.imageId.orElseThrow(), Optional.of(cmd), Optional.of(List.of()), env,
        stage.config.workingDir(), stage.config.user(), "", false, false, false, Map.of(), "", null, null, null, false, null,
        new AttachedStreams(false, true, true), NO_CHECK);
    return containers.create(request).record().id().value();
  }

  /** A created container of another image (COPY --from reads its root). */
  String createFrom(String imageId) {
    CreateRequest request = new CreateRequest(Optional.empty(), imageId, Optional.of(List.of("/bin/sh")), Optional.of(List.of()), List.of(),
        "", "", "", false, false, false, Map.of(), "", null, null, null, false, null, new AttachedStreams(false, true, true), NO_CHECK);
    return containers.create(request).record().id().value();
  }

  void remove(String id) {
    containers.remove(id, true, true);
  }
}
