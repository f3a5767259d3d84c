package io.drydock.conformance.glue;

import java.util.Optional;

/**
 * The engine the scenarios of this run talk to, chosen before Cucumber starts: by the conformance
 * runner (one run per host) or by the build's own scenario test (a drydock daemon it started).
 *
 * @param dockerHost the endpoint in {@code DOCKER_HOST} syntax
 * @param leftoverMarker when the engine runs on this host with a data root whose path contains this
 *     text, the steps may also check that no mount of it is left behind; empty for foreign engines
 * @param gapsSkipped whether rows tagged {@code @not-yet-implemented} (drydock's gaps, not the
 *     contract) are reported as skipped instead of run
 */
public record EngineTarget(String dockerHost, Optional<String> leftoverMarker, boolean gapsSkipped) {
  private static volatile EngineTarget current;

  /** An engine seen only through its API: the conformance runner's view of every host. */
  public static EngineTarget foreign(String dockerHost) {
    return new EngineTarget(dockerHost, Optional.empty(), true);
  }

  public static void use(EngineTarget target) {
    current = target;
  }

  static EngineTarget current() {
    EngineTarget t = current;
    if (t == null) {
      throw new IllegalStateException("no engine chosen for the scenarios: run them through `drydock conformance --host URL`");
    }
    return t;
  }
}
