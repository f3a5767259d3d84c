package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.util.regex.Pattern;

/**
 * Chooses the manager for the host's layout. A container's cgroup path is relative to the root of
 * every hierarchy (like Docker's {@code /docker/<id>}), built from a configurable parent and the
 * container id: {@code drydock/<id>} by default.
 */
public final class CgroupManagers {
  /** The parent under which drydock puts its containers unless configured otherwise. */
  public static final String DEFAULT_PARENT = "drydock";

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.:@+-]+");

  private CgroupManagers() {}

  /** {@code parent/id}, both checked to be plain path segments (no "..", no empty parts). */
  public static String containerPath(String parent, String containerId) {
    return checkedPath(parent + "/" + containerId);
  }

  /** The manager for {@code cgroupPath} on this host's real cgroupfs, detecting the layout now. */
  public static CgroupManager onThisHost(String cgroupPath) {
    return forPath(CgroupHostReader.read(), CgroupFs.host(), cgroupPath);
  }

  /** The manager for the cgroup at {@code cgroupPath} (relative, e.g. {@code drydock/<id>}). */
  public static CgroupManager forPath(CgroupHost host, CgroupFs fs, String cgroupPath) {
    String path = checkedPath(cgroupPath);
    return switch (host.layout()) {
      case V1 -> new V1CgroupManager(host, fs, path);
      case V2 -> new V2CgroupManager(fs, host.unifiedMount().orElseThrow(), host.unifiedControllers(), path);
      case HYBRID -> {
        boolean hugetlbOnV2 = !host.hasV1("hugetlb") && host.unifiedControllers().contains("hugetlb");
        yield new HybridCgroupManager(fs, new V1CgroupManager(host, fs, path),
            new V2CgroupManager(fs, host.unifiedMount().orElseThrow(), host.unifiedControllers(), path),
            hugetlbOnV2);
      }
    };
  }

  /** {@code path} itself when every segment is a plain name; otherwise InvalidArgument saying why. */
  public static String checkedPath(String path) {
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw new DrydockException.InvalidArgument("invalid cgroup path \"" + path
            + "\": each part must be a non-empty name of letters, digits and _.:@+- (not . or ..)");
      }
    }
    return path;
  }
}
