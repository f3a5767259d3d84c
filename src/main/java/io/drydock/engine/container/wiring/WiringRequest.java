package io.drydock.engine.container.wiring;

import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.volume.MountObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /containers/create} asks of networks and volumes: {@code HostConfig.NetworkMode},
 * the endpoints of {@code NetworkingConfig}, {@code Binds}, {@code Mounts}, {@code PortBindings},
 * {@code PublishAllPorts}, and the container's own {@code ExposedPorts} and {@code Volumes}.
 */
public record WiringRequest(
    String networkMode,
    Map<String, EndpointSettings> endpoints,
    List<String> binds,
    List<MountObject> mounts,
    Map<String, List<PortSpecs.HostBinding>> portBindings,
    boolean publishAll,
    Set<String> exposedPorts,
    Set<String> volumes) {
  public static final WiringRequest NONE = new WiringRequest("", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());

  public WiringRequest {
    networkMode = networkMode == null ? "" : networkMode;
    endpoints = Map.copyOf(endpoints == null ? Map.of() : endpoints);
    binds = List.copyOf(binds == null ? List.of() : binds);
    mounts = List.copyOf(mounts == null ? List.of() : mounts);
    portBindings = Map.copyOf(portBindings == null ? Map.of() : portBindings);
    exposedPorts = Set.copyOf(exposedPorts == null ? Set.of() : exposedPorts);
    volumes = Set.copyOf(volumes == null ? Set.of() : volumes);
  }

  /** One {@code NetworkingConfig.EndpointsConfig} entry: aliases and a fixed address ("" for none). */
  public record EndpointSettings(List<String> aliases, String ipv4) {
    public EndpointSettings {
      aliases = List.copyOf(aliases == null ? List.of() : aliases);
      ipv4 = ipv4 == null ? "" : ipv4;
    }
  }
}
