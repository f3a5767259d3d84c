package io.drydock.engine.volume;

import java.util.Map;
import java.util.Optional;

/**
 * One mount a container asked for, validated: a bind of a host path (already resolved), a volume
 * by name (empty name: a new anonymous volume), or a tmpfs. The container service turns it into
 * an OCI mount after {@link Volumes#mount} has prepared the volume's data directory.
 *
 * @param propagation one of {@code private rprivate shared rshared slave rslave}, or empty (the
 *     runtime's default, {@code rprivate})
 */
public record MountRequest(
    MountType type,
    String source,
    String target,
    boolean readOnly,
    Optional<String> propagation,
    boolean noCopy,
    Map<String, String> volumeLabels,
    Map<String, String> volumeOptions,
    long tmpfsSizeBytes,
    int tmpfsMode) {
  public MountRequest {
    volumeLabels = Map.copyOf(volumeLabels);
    volumeOptions = Map.copyOf(volumeOptions);
  }
}
