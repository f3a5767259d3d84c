package io.drydock.engine.container.wiring;

import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.Membership;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.bridge.NameResolution;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.volume.MountType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A container's networks, ports and mounts as {@code docker inspect} and {@code docker ps} show
 * them: the settings from create, the live part (published ports, the sandbox) while it runs,
 * and the networks removed while it was stopped, which it still names.
 *
 * @param sandboxKey the network namespace file of a running container's own sandbox; empty for
 *     one that shares another container's ({@code container:<x>}) or has no file ({@code host})
 * @param sandboxId the 64-hex id of a running container's own sandbox (its container id; every
 *     mode but {@code container:<x>}, as dockerd 20.10 gives {@code none}, {@code host} and bridge
 *     containers one), empty otherwise
 */
public record WiringView(
    String networkMode,
    List<String> binds,
    Map<String, List<PortSpecs.HostBinding>> portBindings,
    boolean publishAll,
    Set<String> exposedPorts,
    List<PortMapping> published,
    Map<NetworkRecord, EndpointRecord> endpoints,
    List<Membership> removedNetworks,
    List<MountView> mounts,
    Optional<Path> sandboxKey,
    NameResolution names,
    Optional<String> sandboxId,
    ContainerReferences references) {

  /** A view without {@code ExtraHosts} or resolver settings. */
  public WiringView(String networkMode, List<String> binds, Map<String, List<PortSpecs.HostBinding>> portBindings, boolean publishAll,
      Set<String> exposedPorts, List<PortMapping> published, Map<NetworkRecord, EndpointRecord> endpoints,
      List<Membership> removedNetworks, List<MountView> mounts, Optional<Path> sandboxKey) {
    this(networkMode, binds, portBindings, publishAll, exposedPorts, published, endpoints, removedNetworks, mounts, sandboxKey,
        NameResolution.NONE, Optional.empty(), ContainerReferences.NONE);
  }

  /** One entry of inspect's {@code Mounts}. */
  public record MountView(MountType type, String name, String source, String destination, String mode, boolean rw, String propagation) {}
}
