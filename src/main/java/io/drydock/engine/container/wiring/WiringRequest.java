package io.drydock.engine.container.wiring;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.bridge.NameResolution;
import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.volume.MountObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /containers/create} asks of networks and volumes: {@code HostConfig.NetworkMode},
 * the endpoints of {@code NetworkingConfig}, {@code Binds}, {@code Mounts}, {@code PortBindings},
 * {@code PublishAllPorts}, the container's own {@code ExposedPorts} and {@code Volumes}, and
 * {@code ExtraHosts} with the {@code Dns} settings for its /etc files, and what it takes from
 * other containers ({@code VolumesFrom}, {@code Links}), {@code Config.MacAddress} for the endpoint
 * of its network ("" for the one its address gives), and {@code Config.NetworkDisabled}: as
 * dockerd, such a container gets no endpoint on any network (a namespace with only loopback),
 * while inspect keeps its {@code NetworkMode} as sent.
 */
public record WiringRequest(
    String networkMode,
    Map<String, EndpointSettings> endpoints,
    List<String> binds,
    List<MountObject> mounts,
    Map<String, List<PortSpecs.HostBinding>> portBindings,
    boolean publishAll,
    Set<String> exposedPorts,
    Set<String> volumes,
    NameResolution names,
    ContainerReferences references,
    String macAddress,
    boolean networkDisabled) {
  public static final WiringRequest NONE = new WiringRequest("", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());

  /** A request without {@code ExtraHosts} or resolver settings. */
  public WiringRequest(String networkMode, Map<String, EndpointSettings> endpoints, List<String> binds, List<MountObject> mounts,
      Map<String, List<PortSpecs.HostBinding>> portBindings, boolean publishAll, Set<String> exposedPorts, Set<String> volumes) {
    this(networkMode, endpoints, binds, mounts, portBindings, publishAll, exposedPorts, volumes, NameResolution.NONE);
  }

  /** A request without a MAC address, with networking. */
  public WiringRequest(String networkMode, Map<String, EndpointSettings> endpoints, List<String> binds, List<MountObject> mounts,
      Map<String, List<PortSpecs.HostBinding>> portBindings, boolean publishAll, Set<String> exposedPorts, Set<String> volumes,
      NameResolution names, ContainerReferences references) {
    this(networkMode, endpoints, binds, mounts, portBindings, publishAll, exposedPorts, volumes, names, references, "", false);
  }

  /** A request that takes nothing from other containers. */
  public WiringRequest(String networkMode, Map<String, EndpointSettings> endpoints, List<String> binds, List<MountObject> mounts,
      Map<String, List<PortSpecs.HostBinding>> portBindings, boolean publishAll, Set<String> exposedPorts, Set<String> volumes,
      NameResolution names) {
    this(networkMode, endpoints, binds, mounts, portBindings, publishAll, exposedPorts, volumes, names, ContainerReferences.NONE);
  }

  public WiringRequest {
    networkMode = networkMode == null ? "" : networkMode;
    endpoints = Map.copyOf(endpoints == null ? Map.of() : endpoints);
    binds = List.copyOf(binds == null ? List.of() : binds);
    mounts = List.copyOf(mounts == null ? List.of() : mounts);
    portBindings = Map.copyOf(portBindings == null ? Map.of() : portBindings);
    exposedPorts = Set.copyOf(exposedPorts == null ? Set.of() : exposedPorts);
    volumes = Set.copyOf(volumes == null ? Set.of() : volumes);
    names = names == null ? NameResolution.NONE : names;
    references = references == null ? ContainerReferences.NONE : references;
    macAddress = macAddress == null ? "" : macAddress;
    names.hostEntries(); // a malformed ExtraHosts entry is refused at once, as dockerd decodes the request
    if (networkMode.startsWith("container:")) {
      refuseWithContainerMode(names, portBindings, publishAll, exposedPorts);
    }
  }

  /** dockerd's create warnings about networking: port bindings are kept but unused with {@code host}. */
  public List<String> warnings() {
    return networkMode.equals("host") && !portBindings.isEmpty() ? List.of("Published ports are discarded when using host network mode") : List.of();
  }

  /** What a container that shares another's network cannot set: dockerd's checks and words, in its order. */
  private static void refuseWithContainerMode(NameResolution names, Map<String, List<PortSpecs.HostBinding>> portBindings,
      boolean publishAll, Set<String> exposedPorts) {
    if (names.dns() != null && !names.dns().isEmpty()) {
      throw new DrydockException.InvalidArgument("conflicting options: dns and the network mode");
    }
    if (names.extraHosts() != null && !names.extraHosts().isEmpty()) {
      throw new DrydockException.InvalidArgument("conflicting options: custom host-to-IP mapping and the network mode");
    }
    if (!portBindings.isEmpty() || publishAll) {
      throw new DrydockException.InvalidArgument("conflicting options: port publishing and the container type network mode");
    }
    if (!exposedPorts.isEmpty()) {
      throw new DrydockException.InvalidArgument("conflicting options: port exposing and the container type network mode");
    }
  }

  /** One {@code NetworkingConfig.EndpointsConfig} entry: aliases and a fixed address ("" for none). */
  public record EndpointSettings(List<String> aliases, String ipv4, List<String> links) {
    public EndpointSettings {
      aliases = List.copyOf(aliases == null ? List.of() : aliases);
      ipv4 = ipv4 == null ? "" : ipv4;
      links = List.copyOf(links == null ? List.of() : links);
    }

    /** Settings without legacy links ({@code Links}: on a user network, {@code target:alias} names only this container's DNS knows). */
    public EndpointSettings(List<String> aliases, String ipv4) {
      this(aliases, ipv4, List.of());
    }
  }
}
