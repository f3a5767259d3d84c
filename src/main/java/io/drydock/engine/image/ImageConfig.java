package io.drydock.engine.image;

import io.drydock.engine.container.health.Healthcheck;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run-time defaults an image gives its containers (the {@code config} object of an image
 * config): the essentials that container creation and {@code docker inspect} need. Empty lists
 * and strings mean "not set", as an absent field does in the JSON; {@code healthcheck} is null
 * when the image has none.
 */
public record ImageConfig(
    List<String> env,
    List<String> cmd,
    List<String> entrypoint,
    String workingDir,
    String user,
    Map<String, String> labels,
    Set<String> exposedPorts,
    Set<String> volumes,
    String stopSignal,
    Healthcheck healthcheck) {
  public static final ImageConfig EMPTY =
      new ImageConfig(List.of(), List.of(), List.of(), "", "", Map.of(), Set.of(), Set.of(), "");

  /** Without a health check. */
  public ImageConfig(List<String> env, List<String> cmd, List<String> entrypoint, String workingDir, String user, Map<String, String> labels,
      Set<String> exposedPorts, Set<String> volumes, String stopSignal) {
    this(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, null);
  }

  public ImageConfig {
    env = List.copyOf(env);
    cmd = List.copyOf(cmd);
    entrypoint = List.copyOf(entrypoint);
    workingDir = workingDir == null ? "" : workingDir;
    user = user == null ? "" : user;
    labels = Map.copyOf(labels);
    exposedPorts = Set.copyOf(exposedPorts);
    volumes = Set.copyOf(volumes);
    stopSignal = stopSignal == null ? "" : stopSignal;
  }

  public ImageConfig withEnv(List<String> v) {
    return new ImageConfig(v, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withCmd(List<String> v) {
    return new ImageConfig(env, v, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withEntrypoint(List<String> v) {
    return new ImageConfig(env, cmd, v, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withWorkingDir(String v) {
    return new ImageConfig(env, cmd, entrypoint, v, user, labels, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withUser(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, v, labels, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withLabels(Map<String, String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, v, exposedPorts, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withExposedPorts(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, v, volumes, stopSignal, healthcheck);
  }

  public ImageConfig withVolumes(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, v, stopSignal, healthcheck);
  }

  public ImageConfig withStopSignal(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, v, healthcheck);
  }
}
