package io.drydock.engine.container.health;

/** A container's health as {@code State.Health.Status} names it; containers without a check have none. */
public enum HealthStatus {
  STARTING("starting"),
  HEALTHY("healthy"),
  UNHEALTHY("unhealthy");

  private final String dockerName;

  HealthStatus(String dockerName) {
    this.dockerName = dockerName;
  }

  public String dockerName() {
    return dockerName;
  }
}
