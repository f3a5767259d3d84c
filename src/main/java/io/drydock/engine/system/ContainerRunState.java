package io.drydock.engine.system;

/** The three buckets {@code docker info} counts containers in. */
public enum ContainerRunState {
  RUNNING,
  PAUSED,
  STOPPED
}
