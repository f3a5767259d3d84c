package io.drydock.engine.network;

import io.drydock.common.DrydockException;

/**
 * {@code HostConfig.NetworkMode}: {@code bridge}/{@code default}, {@code host}, {@code none},
 * {@code container:<id>} or the name of a user network.
 */
public record NetworkMode(Kind kind, String target) {
  /** The closed set of modes. */
  public enum Kind { BRIDGE, HOST, NONE, CONTAINER, USER }

  public static NetworkMode parse(String mode) {
    if (mode == null || mode.isEmpty() || mode.equals("default") || mode.equals("bridge")) {
      return new NetworkMode(Kind.BRIDGE, "bridge");
    }
    if (mode.equals("host")) {
      return new NetworkMode(Kind.HOST, "host");
    }
    if (mode.equals("none")) {
      return new NetworkMode(Kind.NONE, "none");
    }
    if (mode.startsWith("container:")) {
      String target = mode.substring("container:".length());
      if (target.isEmpty()) {
        throw new DrydockException.InvalidArgument("invalid container format container:<name|id>");
      }
      return new NetworkMode(Kind.CONTAINER, target);
    }
    NetworkNames.validate(mode);
    return new NetworkMode(Kind.USER, mode);
  }

  /** Whether the container gets its own namespace (everything but host and container:). */
  public boolean ownsNamespace() {
    return kind != Kind.HOST && kind != Kind.CONTAINER;
  }
}
