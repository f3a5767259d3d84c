package io.drydock.engine.network;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A container's network stack: a network namespace bind-mounted at {@code netnsPath} that the
 * OCI spec joins by path ({@code linux.namespaces: [{type: network, path: ...}]}). A {@code host}
 * container has no sandbox path (the spec omits the network namespace); a {@code container:<id>}
 * one shares the other container's path and owns nothing. A {@code none} container with nothing
 * to wire owns one without a path until its task runs (the runtime creates the namespace), then
 * {@code /proc/<pid>/ns/net} of its init.
 */
public record Sandbox(String containerId, Optional<Path> netnsPath, boolean owned) {
  public static Sandbox host(String containerId) {
    return new Sandbox(containerId, Optional.empty(), false);
  }
}
