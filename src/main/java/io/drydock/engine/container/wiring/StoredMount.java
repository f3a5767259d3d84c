package io.drydock.engine.container.wiring;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.engine.volume.MountType;

/**
 * One mount of a container as persisted after create: for a volume, {@code source} is the volume's
 * name (anonymous ones were created with a generated name); for a bind, the canonical host path.
 */
public record StoredMount(
    @JsonProperty("type") MountType type,
    @JsonProperty("source") String source,
    @JsonProperty("target") String target,
    @JsonProperty("readOnly") boolean readOnly,
    @JsonProperty("propagation") String propagation,
    @JsonProperty("anonymous") boolean anonymous,
    @JsonProperty("noCopy") boolean noCopy,
    @JsonProperty("tmpfsSizeBytes") long tmpfsSizeBytes,
    @JsonProperty("tmpfsMode") int tmpfsMode) {
  public StoredMount {
    propagation = propagation == null ? "" : propagation;
  }
}
