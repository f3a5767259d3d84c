package io.drydock.engine.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How this engine was configured and built, as the daemon wires it: identity (stable id, version,
 * commit, build time), roots, drivers and runtimes. Reported by {@code /info} and {@code /version}.
 */
public record EngineSettings(
    String engineId,
    String version,
    String gitCommit,
    String buildTime,
    Path dataRoot,
    Path execRoot,
    String storageDriver,
    String loggingDriver,
    String cgroupDriver,
    List<RuntimeEntry> runtimes,
    String defaultRuntime,
    boolean debug) {
  public EngineSettings {
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(version, "version");
    runtimes = List.copyOf(runtimes);
  }
}
