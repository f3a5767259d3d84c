package io.drydock.engine.image;

import io.drydock.engine.container.health.Healthcheck;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run-time defaults an image gives its containers (the {@code config} object of an image
 * config): the essentials that container creation and {@code docker inspect} need. Empty lists
 * and strings mean "not set", as an absent field does in the JSON; {@code healthcheck} is null
 * when the image has none; {@code onBuild} holds the ONBUILD triggers the builder recorded.
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
    Healthcheck healthcheck,
    List<String> onBuild) {
  public static final ImageConfig EMPTY =
      new ImageConfig(List.of(), List.of(), List.of(), "", "", Map.of(), Set.of(), Set.of(), "");

  /** Without ONBUILD triggers. */
  public ImageConfig(List<String> env, List<String> cmd, List<String> entrypoint, String workingDir, String user, Map<String, String> labels,
      Set<String> exposedPorts, Set<String> volumes, String stopSignal, Healthcheck healthcheck) {
    this(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck, List.of());
  }

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
    onBuild = onBuild == null ? List.of() : List.copyOf(onBuild);
  }

  public ImageConfig withEnv(List<String> v) {
    return new ImageConfig(v, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withCmd(List<String> v) {
    return new ImageConfig(env, v, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withEntrypoint(List<String> v) {
    return new ImageConfig(env, cmd, v, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withWorkingDir(String v) {
    return new ImageConfig(env, cmd, entrypoint, v, user, labels, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withUser(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, v, labels, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withLabels(Map<String, String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, v, exposedPorts, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withExposedPorts(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, v, volumes, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withVolumes(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, v, stopSignal, healthcheck, onBuild);
  }

  public ImageConfig withStopSignal(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, v, healthcheck, onBuild);
  }

  public ImageConfig withHealthcheck(Healthcheck v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, v, onBuild);
  }

  /** The ONBUILD triggers (Dockerfile lines a build that starts FROM this image runs first). */
  public ImageConfig withOnBuild(List<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal, healthcheck, v);
  }
}
