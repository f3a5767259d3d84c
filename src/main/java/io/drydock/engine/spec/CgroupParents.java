package io.drydock.engine.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a cgroup parent may be (the daemon's {@code --cgroup-parent}, a container's
 * {@code HostConfig.CgroupParent}): a path below the hierarchies' roots. Leading and trailing
 * slashes do not matter; an empty path, or one with a {@code .} or {@code ..} segment, would put
 * the container's cgroup at a hierarchy's root or outside the parent and is refused.
 */
public final class CgroupParents {
  private CgroupParents() {}

  /** {@code /PARENT/ID}: a container's cgroup under {@code parent} (outer slashes of the parent dropped). */
  public static String containerPath(String parent, String id) {
    String p = strip(parent);
    return p.isEmpty() ? "/" + id : "/" + p + "/" + id;
  }

  private static String strip(String parent) {
    return parent == null ? "" : parent.replaceAll("^/+|/+$", "");
  }

  /** The path without its outer slashes, or empty when it is not acceptable. */
  public static Optional<String> normalized(String parent) {
    String p = strip(parent);
    if (p.isEmpty() || Arrays.stream(p.split("/+")).anyMatch(s -> s.equals(".") || s.equals(".."))) {
      return Optional.empty();
    }
    return Optional.of(p);
  }
}
