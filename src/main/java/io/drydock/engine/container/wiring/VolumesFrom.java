package io.drydock.engine.container.wiring;

import io.drydock.common.DrydockException;
import io.drydock.engine.volume.BindModes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code --volumes-from name[:mode]}: the container whose mounts the new one gets, and whether
 * they all become read-only. The mode is dockerd 20.10's: {@code ro} or {@code rw}, an SELinux
 * label ({@code z}, {@code Z}) and a consistency ({@code consistent}, {@code cached},
 * {@code delegated}), at most one of each, comma-separated; no propagation or {@code nocopy},
 * since the mounts keep the source's own.
 */
record VolumesFrom(String container, boolean readOnly) {
  private static final Set<BindModes.Kind> MODES = EnumSet.of(BindModes.Kind.ACCESS, BindModes.Kind.LABEL, BindModes.Kind.CONSISTENCY);

  static VolumesFrom parse(String spec) {
    if (spec == null || spec.isEmpty()) {
      throw new DrydockException.InvalidArgument("volumes-from specification cannot be an empty string");
    }
    int colon = spec.indexOf(':');
    if (colon < 0) {
      return new VolumesFrom(spec, false);
    }
    String mode = spec.substring(colon + 1);
    if (!BindModes.valid(mode, MODES)) {
      throw new DrydockException.InvalidArgument("invalid mode: " + mode);
    }
    return new VolumesFrom(spec.substring(0, colon), List.of(mode.split(",")).contains("ro"));
  }

  /**
   * The source's mounts as the new container gets them: same type, source and destination,
   * read-only when either side says so, never copied up into (the volume is the source's).
   */
  List<StoredMount> inherit(List<StoredMount> mounts) {
    return mounts.stream()
        .map(m -> new StoredMount(m.type(), m.source(), m.target(), m.readOnly() || readOnly, m.propagation(), m.anonymous(), true,
            m.tmpfsSizeBytes(), m.tmpfsMode(), true, ""))
        .toList();
  }
}
