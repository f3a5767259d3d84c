package io.drydock.api;

/** The swagger's operation groups (the first tag of each operation). */
public enum ApiGroup {
  CONTAINER,
  IMAGE,
  NETWORK,
  VOLUME,
  EXEC,
  SYSTEM,
  DISTRIBUTION,
  PLUGIN,
  SWARM,
  NODE,
  SERVICE,
  TASK,
  SECRET,
  CONFIG,
  SESSION;

  /** Groups that only exist on a swarm node; dockerd answers 503 for them when swarm is inactive. */
  public boolean needsSwarm() {
    return switch (this) {
      case SWARM, NODE, SERVICE, TASK, SECRET, CONFIG -> true;
      default -> false;
    };
  }
}
