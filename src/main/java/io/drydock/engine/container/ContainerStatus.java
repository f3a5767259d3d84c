package io.drydock.engine.container;

/**
 * Docker's seven container states, by the names the API reports in {@code State.Status} and
 * {@code docker ps --filter status=}. dockerd derives them from a handful of booleans; drydock
 * keeps the derived state itself so that one table ({@link ContainerLifecycle}) says what each
 * state allows.
 */
public enum ContainerStatus {
  CREATED("created"),
  RUNNING("running"),
  PAUSED("paused"),
  RESTARTING("restarting"),
  REMOVING("removing"),
  EXITED("exited"),
  DEAD("dead");

  private final String dockerName;

  ContainerStatus(String dockerName) {
    this.dockerName = dockerName;
  }

  /** The lowercase word the Engine API uses. */
  public String dockerName() {
    return dockerName;
  }

  /**
   * dockerd's {@code IsRunning()}: a paused or restarting container still counts as running,
   * which is why stop and kill accept it and remove refuses it.
   */
  public boolean isRunning() {
    return this == RUNNING || this == PAUSED || this == RESTARTING;
  }

  /** Parses an API status word; unknown words are an {@code InvalidArgument} like dockerd's filter error. */
  public static ContainerStatus fromDockerName(String name) {
    for (ContainerStatus s : values()) {
      if (s.dockerName.equals(name)) {
        return s;
      }
    }
    throw new io.drydock.common.DrydockException.InvalidArgument(
        "Unrecognised filter value for status: " + name);
  }
}
