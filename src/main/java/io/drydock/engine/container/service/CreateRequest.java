package io.drydock.engine.container.service;

import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.ContainerOptions;
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
    Healthcheck healthcheck,
    String domainname,
    ContainerOptions options,
    Map<String, String> storageOpt) {
  public CreateRequest {
    domainname = domainname == null ? "" : domainname;
    options = options == null ? ContainerOptions.NONE : options;
    storageOpt = storageOpt == null ? Map.of() : Map.copyOf(storageOpt);
    env = List.copyOf(env == null ? List.of() : env);
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    resources = resources == null ? ContainerResources.NONE : resources;
    restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
    host = host == null ? HostSettings.DEFAULT : host;
    attach = attach == null ? new AttachedStreams(false, false, false) : attach;
  }

  /** A request without a domain name, storage options or the fields of {@link ContainerOptions}. */
  public CreateRequest(Optional<String> name, String image, Optional<List<String>> cmd, Optional<List<String>> entrypoint, List<String> env,
      String workingDir, String user, String hostname, boolean tty, boolean openStdin, boolean stdinOnce, Map<String, String> labels,
      String stopSignal, Integer stopTimeout, ContainerResources resources, RestartPolicy restartPolicy, boolean autoRemove, HostSettings host,
      AttachedStreams attach, Healthcheck healthcheck) {
    this(name, image, cmd, entrypoint, env, workingDir, user, hostname, tty, openStdin, stdinOnce, labels, stopSignal, stopTimeout, resources,
        restartPolicy, autoRemove, host, attach, healthcheck, "", ContainerOptions.NONE, Map.of());
  }
}
