package io.drydock.engine.container.wiring;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ContainerLookup;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.bridge.ContainerNetworking;
import io.drydock.engine.network.bridge.NameResolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Legacy {@code --link}s, as dockerd 20.10 keeps them on the default bridge: the targets named at
 * create (each must exist), and at each start a record per target in {@code /etc/hosts} and the
 * {@code ALIAS_*} variables in the process environment. On any other network mode they are kept
 * for inspect and have no effect.
 */
final class LegacyLinks {
  private final Networks networks;
  private final ContainerNetworking networking;
  private final Function<String, Optional<ContainerLookup.ContainerRef>> containers;
  private final Function<String, Path> dirs;
  private final Function<String, Optional<WiringState>> states;

  LegacyLinks(Networks networks, ContainerNetworking networking, Function<String, Optional<ContainerLookup.ContainerRef>> containers,
      Function<String, Path> dirs, Function<String, Optional<WiringState>> states) {
    this.networks = networks;
    this.networking = networking;
    this.containers = containers;
    this.dirs = dirs;
    this.states = states;
  }

  /** The {@code --link}s in dockerd's inspect form; a target that does not exist refuses the create (400). */
  List<String> resolve(String name, List<String> specs) {
    List<String> out = new ArrayList<>();
    for (String spec : specs) {
      Link link = Link.parse(spec);
      String target = containers.apply(link.target()).map(ContainerLookup.ContainerRef::name).orElseThrow(() -> new DrydockException.InvalidArgument(
          "could not get container for " + link.target() + ": " + (link.target().isEmpty() ? "invalid name or ID supplied: \"\"" : "No such container: " + link.target())));
      out.add(link.shown(target, name));
    }
    return out;
  }

  /**
   * On a user network, the endpoint's {@code Links} ({@code target:alias}) as DNS aliases of the
   * linking container alone (alias → target name), handed to the network service; elsewhere none.
   */
  void registerAliases(String id, WiringState state) {
    networks.linkAliases(id, state.references().networkLinks());
  }

  /**
   * The {@code /etc/hosts} records of a container's links on the default bridge: each target's
   * address there, under the alias, its hostname and its name. A target that does not run fails
   * the start ({@code strict}, dockerd's 500) or is left out; one removed since is left out.
   */
  List<NameResolution.HostEntry> hostEntries(WiringState state, boolean strict) {
    return targets(state, strict).stream()
        .map(t -> new NameResolution.HostEntry(t.link().hostNames(hostnameOf(t.ref().id()), t.ref().name()), t.ip())).toList();
  }

  /** The variables the links give the container's processes ({@link LinkEnvironment}), for the same targets as {@link #hostEntries}. */
  List<String> environment(WiringState state, boolean strict) {
    List<String> out = new ArrayList<>();
    for (Target t : targets(state, strict)) {
      Set<String> ports = states.apply(t.ref().id()).map(WiringState::exposedPorts).orElse(Set.of());
      out.addAll(LinkEnvironment.of(t.shown().substring(t.shown().indexOf(':') + 1), t.ip(), ports, t.ref().env()));
    }
    return out;
  }

  private record Target(Link link, String shown, ContainerLookup.ContainerRef ref, String ip) {}

  private List<Target> targets(WiringState state, boolean strict) {
    List<Target> out = new ArrayList<>();
    if (NetworkMode.parse(state.networkMode()).kind() != NetworkMode.Kind.BRIDGE) {
      return out;
    }
    for (String shown : state.references().links()) {
      Link link = Link.ofShown(shown);
      Optional<ContainerLookup.ContainerRef> target = containers.apply(link.target());
      if (target.isEmpty()) {
        continue;
      }
      String targetId = target.get().id();
      if (networking.sandbox(targetId).isEmpty()) {
        if (strict) {
          throw new DrydockException.SystemError("Cannot link to a non running container: " + shown.replace(":", " AS "));
        }
        continue;
      }
      networks.endpointsOf(targetId).entrySet().stream().filter(e -> e.getKey().defaultBridge())
          .map(e -> e.getValue().ipv4()).filter(a -> !a.isEmpty()).findFirst()
          .ifPresent(ip -> out.add(new Target(link, shown, target.get(), ip)));
    }
    return out;
  }

  private String hostnameOf(String containerId) {
    try {
      Path dir = dirs.apply(containerId);
      return dir == null ? containerId.substring(0, 12) : Files.readString(dir.resolve("hostname")).trim();
    } catch (IOException e) {
      return containerId.substring(0, 12);
    }
  }
}
