package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.util.List;

/**
 * {@code HostConfig.Runtime} at create. dockerd refuses a name it has no runtime for with
 * {@code Unknown runtime specified x} (400) and runs the container with the named one. drydock's
 * supervisor runs every task with the daemon's default runtime ({@code --default-runtime}), so a
 * runtime {@code /info} lists that is not the default is refused too, saying how to get it,
 * rather than accepted and not used. Inspect shows the runtime that runs the container.
 *
 * @param known the runtimes {@code /info} lists
 * @param defaultName the daemon's default, the one every container runs with
 */
record RuntimeRule(List<String> known, String defaultName) {
  static final RuntimeRule DRYDOCK_ONLY = new RuntimeRule(List.of("drydock"), "drydock");

  RuntimeRule {
    known = List.copyOf(known);
  }

  /** The runtime the container runs with; "" stays "" (the default, resolved at start as dockerd does). */
  String check(String requested) {
    if (requested == null || requested.isEmpty() || requested.equals(defaultName)) {
      return requested == null ? "" : requested;
    }
    if (!known.contains(requested)) {
      throw new DrydockException.InvalidArgument("Unknown runtime specified " + requested);
    }
    throw new DrydockException.InvalidArgument("runtime " + requested + " is not this daemon's default runtime (" + defaultName
        + "), which runs every container: start the daemon with --default-runtime " + requested);
  }

  /** The name inspect shows once the container has started (dockerd fills the default in at start). */
  String shown(String stored, boolean started) {
    return !stored.isEmpty() ? stored : started ? defaultName : "";
  }
}
