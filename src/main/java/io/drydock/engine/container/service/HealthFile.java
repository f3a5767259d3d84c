package io.drydock.engine.container.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.EngineJson;
import io.drydock.engine.container.JsonObjectStore;
import io.drydock.engine.container.health.Health;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A container's last {@link Health}, {@code health.json} in its directory: written atomically
 * (no fsync: it only needs to outlive the daemon's process) when the status changes and when the
 * container stops, not at every probe, so a daemon restart shows the last status; the log may
 * miss the probes since. Removed with the container's directory.
 */
final class HealthFile {
  private static final Logger LOG = LoggerFactory.getLogger(HealthFile.class);
  private static final String KEY = "health";
  private final ContainerFiles files;
  private final ObjectMapper mapper = EngineJson.mapper();

  HealthFile(ContainerFiles files) {
    this.files = files;
  }

  void write(ContainerId id, Health health) {
    try {
      store(id).replace(KEY, health);
    } catch (DrydockException e) {
      LOG.warn("cannot keep the health of {}: {}", id.value(), e.getMessage());
    }
  }

  Optional<Health> read(ContainerId id) {
    try {
      return store(id).get(KEY);
    } catch (RuntimeException e) {
      LOG.warn("cannot read the health of {}: {}", id.value(), e.getMessage());
      return Optional.empty();
    }
  }

  private JsonObjectStore<Health> store(ContainerId id) {
    return new JsonObjectStore<>(files.dir(id), Health.class, mapper);
  }
}
