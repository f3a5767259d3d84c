package io.drydock.engine.container.service;

import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.container.health.Healthcheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code POST /containers/create} asks for, in the engine's terms. Absent lists mean "the
 * image's default" (Optional.empty), an explicitly empty one overrides it. {@code healthcheck} is
 * null when the client sent none.
 */
public record CreateRequest(
    Optional<String> name,
    String image,
    Optional<List<String>> cmd,
    Optional<List<String>> entrypoint,
    List<String> env,
    String workingDir,
    String user,
    String hostname,
    boolean tty,
    boolean openStdin,
    boolean stdinOnce,
    Map<String, String> labels,
    String stopSignal,
    Integer stopTimeout,
    ContainerResources resources,
    RestartPolicy restartPolicy,
    boolean autoRemove,
    HostSettings host,
    AttachedStreams attach,
    Healthcheck healthcheck) {
  public CreateRequest {
    env = List.copyOf(env == null ? List.of() : env);
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    resources = resources == null ? ContainerResources.NONE : resources;
    restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
    host = host == null ? HostSettings.DEFAULT : host;
    attach = attach == null ? new AttachedStreams(false, false, false) : attach;
  }
}
