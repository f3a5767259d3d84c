package io.drydock.engine.container.wiring;

import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.bridge.ContainerNetworking;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What inspect shows of a container's sandbox ({@code SandboxID}, {@code SandboxKey}): the running
 * container's own, else the last run's, which dockerd keeps after a stop, else none.
 */
final class LastSandboxes {
  private final ContainerNetworking networking;
  private final Map<String, Shown> last = new ConcurrentHashMap<>();

  /** A sandbox as inspect shows it. */
  record Shown(Optional<String> id, Optional<Path> key) {}

  LastSandboxes(ContainerNetworking networking) {
    this.networking = networking;
  }

  /** After the task started: its sandbox is remembered for inspect after the run. */
  void running(String id, WiringState state) {
    last.put(id, new Shown(sandboxId(id, state), sandboxKey(id)));
  }

  Shown of(String id, WiringState state) {
    if (networking.sandbox(id).isPresent()) {
      return new Shown(sandboxId(id, state), sandboxKey(id));
    }
    return last.getOrDefault(id, new Shown(Optional.empty(), Optional.empty()));
  }

  void forget(String id) {
    last.remove(id);
  }

  private Optional<Path> sandboxKey(String id) {
    return networking.sandbox(id).filter(Sandbox::owned).flatMap(Sandbox::netnsPath);
  }

  /**
   * {@code SandboxID} while {@code id} runs: its own id (the name of its namespace file when one
   * is bound), for every mode but {@code container:<x>}, whose sandbox is the other's and which
   * dockerd shows with none.
   */
  private Optional<String> sandboxId(String id, WiringState state) {
    return networking.sandbox(id).filter(s -> !state.networkMode().startsWith("container:")).map(s -> id);
  }
}
