package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.util.List;

/**
 * dockerd's rule for a bind whose host path lies in the daemon's data root or holds it (a bind of
 * {@code /tmp} when the root is {@code /tmp/x/data}): the container must not keep private copies
 * of the mounts the daemon makes and removes under its root (overlay rootfs, volumes), so such a
 * bind gets {@code rslave} when it names no propagation and is refused when it names one other
 * than {@code rslave} or {@code rshared}. As dockerd, "lies in" is a plain text prefix either way.
 */
public final class DaemonRootBinds {
  private DaemonRootBinds() {}

  /** {@code mounts} with the rule applied for a daemon whose data root is {@code daemonRoot}. */
  public static List<MountRequest> apply(List<MountRequest> mounts, String daemonRoot) {
    return mounts.stream().map(m -> apply(m, daemonRoot)).toList();
  }

  static MountRequest apply(MountRequest m, String daemonRoot) {
    if (m.type() != MountType.BIND || !(m.source().startsWith(daemonRoot) || daemonRoot.startsWith(m.source()))) {
      return m;
    }
    if (m.propagation().isEmpty()) {
      return m.withPropagation("rslave");
    }
    String p = m.propagation().get();
    if (p.equals("rslave") || p.equals("rshared")) {
      return m;
    }
    throw new DrydockException.InvalidArgument("invalid mount config: must use either propagation mode \"rslave\" or \"rshared\" when mount source "
        + "is within the daemon root, daemon root: \"" + daemonRoot + "\", bind mount source: \"" + m.source() + "\", propagation: \"" + p + "\"");
  }
}
