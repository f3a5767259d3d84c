package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupFs;
import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.spec.Spec;
import java.util.Optional;

/**
 * The runtime's side of a container's cgroup: which path (config.json's {@code linux.cgroupsPath},
 * else {@code /drydock/ID}), the manager for it on this host (layout detected once, lazily), and
 * creating it the way runc does — an empty leftover cgroup of the same path is replaced, one that
 * still holds processes is refused.
 */
final class ContainerCgroups {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContainerCgroups.class);
  private CgroupHost host;

  /**
   * The cgroup path of a container, relative to each hierarchy's root. OCI's absolute
   * {@code /a/b} and a relative {@code a/b} both mean {@code a/b} under every hierarchy root (runc
   * puts a relative path under its own cgroup; drydock has no cgroup of its own to speak of).
   * Absent: {@code drydock/ID} (runc's default is {@code ID} under its own cgroup).
   */
  static String path(Spec spec, RuntimeId id) {
    return path(spec.linux(), id);
  }

  /** As {@link #path(Spec, RuntimeId)}, from config.json's {@code linux} section alone. */
  static String path(io.drydock.runtime.spec.Linux linux, RuntimeId id) {
    String configured = linux == null ? null : linux.cgroupsPath();
    if (configured == null || configured.isEmpty()) {
      return CgroupManagers.containerPath(CgroupManagers.DEFAULT_PARENT, id.value());
    }
    String relative = configured.replaceAll("^/+", "").replaceAll("/+$", "");
    try {
      return CgroupManagers.checkedPath(relative);
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("config.json: linux.cgroupsPath: " + e.getMessage(), e);
    }
  }

  CgroupManager manager(String path) {
    return CgroupManagers.forPath(host(), CgroupFs.host(), path);
  }

  /** The manager of a saved container's cgroup; empty for state written before cgroups were made. */
  Optional<CgroupManager> of(SavedState s) {
    return Optional.ofNullable(s.cgroupPath()).map(this::manager);
  }

  /** Creates the cgroup with {@code resources}; returns its manager. */
  CgroupManager create(String path, CgroupResources resources) {
    CgroupManager m = manager(path);
    if (m.exists()) {
      if (!m.pids().isEmpty()) {
        throw new DrydockException.Conflict("container's cgroup " + path + " is not empty: " + m.pids().size()
            + " process(es) found");
      }
      LOG.warn("removing the empty leftover cgroup {}", path);
      m.destroy();
    }
    m.create(resources);
    return m;
  }

  /** Kills what is left in the cgroup (thawing it first) and removes it; a missing cgroup is fine. */
  static void destroy(CgroupManager m) {
    if (!m.exists()) {
      return;
    }
    if (!m.pids().isEmpty()) {
      if (m.isFrozen()) {
        m.thaw();
      }
      m.killAll(io.drydock.common.Signal.KILL.number());
    }
    m.destroy();
  }

  /** Whether the container's cgroup is frozen (paused); false when it has none. */
  boolean frozen(SavedState s) {
    Optional<CgroupManager> m = of(s);
    try {
      return m.isPresent() && m.get().isFrozen();
    } catch (DrydockException.NotFound | DrydockException.Unavailable e) {
      return false;
    }
  }

  private synchronized CgroupHost host() {
    if (host == null) {
      host = CgroupHostReader.read();
    }
    return host;
  }
}
