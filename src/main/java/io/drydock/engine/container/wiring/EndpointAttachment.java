package io.drydock.engine.container.wiring;

import io.drydock.engine.network.MacAddressText;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.bridge.ContainerNetworking;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints a container gets at create: one on the network it is created on (with the
 * {@code NetworkingConfig} aliases and address given for it, and {@code Config.MacAddress}), then
 * one on each other user network its {@code NetworkingConfig} names. A user network that does not
 * exist yet is remembered instead: API 1.41 creates the container, and its start fails with
 * {@code 404 network X not found}.
 */
final class EndpointAttachment {
  private final Networks networks;
  private final ContainerNetworking networking;

  EndpointAttachment(Networks networks, ContainerNetworking networking) {
    this.networks = networks;
    this.networking = networking;
  }

  /** Attaches {@code id}'s endpoints; {@code undo} gets the step that detaches them. */
  void attach(String id, String name, NetworkMode mode, WiringRequest request, List<Runnable> undo) {
    String shortName = name.startsWith("/") ? name.substring(1) : name;
    undo.add(() -> networking.detach(id));
    String primaryId = "";
    boolean primaryMissing = mode.kind() == NetworkMode.Kind.USER && !networks.exists(mode.target());
    if (primaryMissing) {
      networks.rememberMissing(id, shortName, mode.target(), endpointFor(request, mode.target()).aliases());
    } else if (mode.kind() != NetworkMode.Kind.CONTAINER) {
      WiringRequest.EndpointSettings primary = endpointFor(request, mode.target());
      networking.attach(id, shortName, mode, primary.aliases(), ipv4(primary), mac(request.macAddress()));
      primaryId = networks.inspect(mode.target()).id();
    }
    for (Map.Entry<String, WiringRequest.EndpointSettings> e : request.endpoints().entrySet()) {
      NetworkMode other = NetworkMode.parse(e.getKey());
      if (other.kind() != NetworkMode.Kind.USER || (primaryMissing && e.getKey().equals(mode.target()))) {
        continue;
      }
      var network = networks.inspect(e.getKey());
      if (!network.id().equals(primaryId) && !network.predefined()) {
        networks.attachAtCreate(e.getKey(), id, shortName, e.getValue().aliases(), ipv4(e.getValue()), Optional.empty());
      }
    }
  }

  /** The {@code NetworkingConfig} settings given for {@code network}; none given is no aliases and no address. */
  static WiringRequest.EndpointSettings endpointFor(WiringRequest request, String network) {
    return request.endpoints().getOrDefault(network, new WiringRequest.EndpointSettings(List.of(), ""));
  }

  /**
   * {@code Config.MacAddress} for the endpoint of the network the container is created on (dockerd
   * gives it to that one only), in Go's form; none when it is not a 6-byte address, whose start
   * then fails ({@code MacAddressRule}).
   */
  private static Optional<String> mac(String text) {
    byte[] hw = text.isEmpty() ? null : MacAddressText.parse(text);
    return hw == null || hw.length != 6 ? Optional.empty() : Optional.of(MacAddressText.format(hw));
  }

  private static Optional<Ipv4> ipv4(WiringRequest.EndpointSettings s) {
    return s.ipv4().isEmpty() ? Optional.empty() : Optional.of(Ipv4.parse(s.ipv4()));
  }
}
