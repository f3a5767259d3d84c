package io.drydock.engine.build;

import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.CreateRequest;
import io.drydock.engine.container.wiring.WiringRequest;
import io.drydock.engine.spec.HostSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intermediate containers of a build: made from the stage's current image with the step's
 * command, environment, working directory and user (no health check, no entrypoint), in the
 * build's network mode (the default bridge unless {@code networkmode} names another), removed
 * with their anonymous volumes when the step is done.
 */
final class StepContainers {
  private static final Healthcheck NO_CHECK = new Healthcheck(List.of("NONE"), 0, 0, 0, 0);

  private final ContainerService containers;
  private final String networkMode;

  StepContainers(ContainerService containers, String networkMode) {
    this.containers = containers;
    this.networkMode = networkMode;
  }

  ContainerService service() {
    return containers;
  }

  /** A created (not started) container for the step, in the build's network mode; returns its full ID. */
  String create(BuildStage stage, List<String> cmd, List<String> env) {
    return create(stage.imageId.orElseThrow(), cmd, env, stage.config.workingDir(), stage.config.user(), networkMode);
  }

  /** A created container of another image (COPY --from reads its root; it never runs, so it needs no network). */
  String createFrom(String imageId) {
    return create(imageId, List.of("/bin/sh"), List.of(), "", "", "none");
  }

  private String create(String imageId, List<String> cmd, List<String> env, String workingDir, String user, String mode) {
    HostSettings host = HostSettings.builder().networkMode(HostSettings.NetworkMode.of(mode)).build();
    CreateRequest request = new CreateRequest(Optional.empty(), imageId, Optional.of(cmd), Optional.of(List.of()), env, workingDir, user, "",
        false, false, false, Map.of(), "", null, null, null, false, host, new AttachedStreams(false, true, true), NO_CHECK);
    WiringRequest wiring = new WiringRequest(mode, Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());
    return containers.create(request, wiring).record().id().value();
  }

  void remove(String id) {
    containers.remove(id, true, true);
  }
}
