package io.drydock.engine.image;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run-time defaults an image gives its containers (the {@code config} object of an image
 * config): the essentials that container creation and {@code docker inspect} need. Empty lists
 * and strings mean "not set", as an absent field does in the JSON.
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
    String stopSignal) {
  public static final ImageConfig EMPTY =
      new ImageConfig(List.of(), List.of(), List.of(), "", "", Map.of(), Set.of(), Set.of(), "");

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
    return new ImageConfig(v, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withCmd(List<String> v) {
    return new ImageConfig(env, v, entrypoint, workingDir, user, labels, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withEntrypoint(List<String> v) {
    return new ImageConfig(env, cmd, v, workingDir, user, labels, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withWorkingDir(String v) {
    return new ImageConfig(env, cmd, entrypoint, v, user, labels, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withUser(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, v, labels, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withLabels(Map<String, String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, v, exposedPorts, volumes, stopSignal);
  }

  public ImageConfig withExposedPorts(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, v, volumes, stopSignal);
  }

  public ImageConfig withVolumes(Set<String> v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, v, stopSignal);
  }

  public ImageConfig withStopSignal(String v) {
    return new ImageConfig(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, v);
  }
}
