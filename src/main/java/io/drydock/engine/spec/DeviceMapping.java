package io.drydock.engine.spec;

import io.drydock.common.DrydockException;

/**
 * One {@code HostConfig.Devices} entry as the client sent it ({@code --device
 * HOST[:CONTAINER[:PERMS]]}), kept verbatim because inspect shows it so; {@link #containerPath()}
 * and {@link #permissions()} give dockerd's defaults for the empty fields. The host side is only
 * looked at when the container starts (as dockerd does), so that a device plugged in later counts.
 *
 * @param pathOnHost a device node, or a directory whose device nodes are all added
 * @param pathInContainer where the node appears; empty: {@code pathOnHost}
 * @param cgroupPermissions a combination of {@code r}, {@code w} and {@code m}; empty: {@code rwm}
 */
public record DeviceMapping(String pathOnHost, String pathInContainer, String cgroupPermissions) {
  public DeviceMapping {
    pathOnHost = pathOnHost == null ? "" : pathOnHost;
    pathInContainer = pathInContainer == null ? "" : pathInContainer;
    cgroupPermissions = cgroupPermissions == null ? "" : cgroupPermissions;
  }

  /** Where the node appears in the container. */
  public String containerPath() {
    return pathInContainer.isEmpty() ? pathOnHost : pathInContainer;
  }

  /** The device cgroup access the node gets. */
  public String permissions() {
    return cgroupPermissions.isEmpty() ? "rwm" : cgroupPermissions;
  }

  /**
   * Refuses at create what no start could honour, with the docker CLI's words: permissions other
   * than a combination of r, w and m, and a container path that is not absolute.
   */
  public DeviceMapping validated() {
    if (!validMode(permissions())) {
      throw new DrydockException.InvalidArgument("bad mode specified: " + cgroupPermissions);
    }
    if (!containerPath().startsWith("/")) {
      throw new DrydockException.InvalidArgument(containerPath() + " is not an absolute path");
    }
    return this;
  }

  /** The docker CLI's rule: each of r, w and m at most once, nothing else. */
  static boolean validMode(String mode) {
    String seen = "";
    for (char ch : mode.toCharArray()) {
      if ("rwm".indexOf(ch) < 0 || seen.indexOf(ch) >= 0) {
        return false;
      }
      seen += ch;
    }
    return !mode.isEmpty();
  }
}
