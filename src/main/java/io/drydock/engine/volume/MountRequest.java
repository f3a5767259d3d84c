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
 * @param mode the text inspect's {@code Mounts[].Mode} shows, as dockerd keeps it: a {@code -v}
 *     string's mode part as written ({@code ro,rslave}, {@code z}), {@code z} for a named {@code -v}
 *     volume without one and for every {@code --mount} volume (dockerd's SELinux relabel default),
 *     empty for a {@code --mount} bind or tmpfs and an anonymous volume of {@code Config.Volumes}
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
    int tmpfsMode,
    String mode) {
  public MountRequest {
    volumeLabels = Map.copyOf(volumeLabels);
    volumeOptions = Map.copyOf(volumeOptions);
  }

  /** This mount with the propagation {@code name}. */
  public MountRequest withPropagation(String name) {
    return new MountRequest(type, source, target, readOnly, Optional.of(name), noCopy, volumeLabels, volumeOptions, tmpfsSizeBytes, tmpfsMode, mode);
  }
}
