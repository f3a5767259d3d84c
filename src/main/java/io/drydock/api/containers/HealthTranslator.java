package io.drydock.api.containers;

import io.drydock.api.dto.Health;
import io.drydock.api.dto.HealthConfig;
import io.drydock.api.images.ImageTranslator;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.container.health.HealthStatus;
import java.util.Optional;

/** Health checks between the swagger's {@code HealthConfig}/{@code Health} and the engine's records. */
final class HealthTranslator {
  private HealthTranslator() {}

  /** What the client sent at create; null when it sent none. */
  static Healthcheck request(HealthConfig h) {
    return h == null ? null : new Healthcheck(h.test(), h.interval(), h.timeout(), h.startPeriod(), h.retries());
  }

  /** {@code Config.Healthcheck} as kept at create. */
  static HealthConfig config(Healthcheck h) {
    return ImageTranslator.healthConfig(h);
  }

  /** {@code State.Health}; null for a container without one. */
  static Health state(Optional<io.drydock.engine.container.health.Health> health) {
    return health.map(h -> new Health(h.status().dockerName(), h.failingStreak(), h.log().stream()
        .map(p -> new Health.HealthcheckResult(ImageTranslator.rfc3339(p.start()), ImageTranslator.rfc3339(p.end()), p.exitCode(), p.output()))
        .toList())).orElse(null);
  }

  /** What {@code docker ps} adds to {@code Up ...}: {@code  (healthy)}, {@code  (health: starting)}, {@code  (unhealthy)}. */
  static String statusSuffix(Optional<io.drydock.engine.container.health.Health> health) {
    return health.map(h -> h.status() == HealthStatus.STARTING ? " (health: starting)" : " (" + h.status().dockerName() + ")").orElse("");
  }
}
