package io.drydock.api.containers;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.api.ApiJson;
import io.drydock.api.dto.ContainerCreateWiring;
import io.drydock.api.dto.NetworkConnectBody;
import io.drydock.engine.container.wiring.ContainerReferences;
import io.drydock.engine.container.wiring.WiringRequest;
import io.drydock.engine.container.wiring.WiringView;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.Membership;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.bridge.NameResolution;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.volume.MountObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Networks, ports and mounts between the API and the engine: the create body's part to a
 * {@link WiringRequest}, and a {@link WiringView} to inspect's {@code NetworkSettings} and
 * {@code Mounts} and to the {@code Ports} of {@code docker ps}, in dockerd's shapes.
 */
final class WiringTranslator {
  private WiringTranslator() {}

  static WiringRequest request(ContainerCreateWiring b) {
    ContainerCreateWiring.Host h = b.hostConfig() == null ? new ContainerCreateWiring.Host(null, null, null, null, null, null, null, null, null, null, null) : b.hostConfig();
    Map<String, WiringRequest.EndpointSettings> endpoints = new LinkedHashMap<>();
    if (b.networkingConfig() != null && b.networkingConfig().endpointsConfig() != null) {
      b.networkingConfig().endpointsConfig().forEach((name, e) -> endpoints.put(name, endpoint(e)));
    }
    List<MountObject> mounts = new ArrayList<>();
    for (ContainerCreateWiring.Mount m : h.mounts() == null ? List.<ContainerCreateWiring.Mount>of() : h.mounts()) {
      mounts.add(mount(m));
    }
    Map<String, List<PortSpecs.HostBinding>> ports = new LinkedHashMap<>();
    if (h.portBindings() != null) {
      h.portBindings().forEach((k, v) -> ports.put(k, v == null ? List.of()
          : v.stream().map(p -> new PortSpecs.HostBinding(p.hostIp() == null ? "" : p.hostIp(), p.hostPort() == null ? "" : p.hostPort())).toList()));
    }
    return new WiringRequest(h.networkMode(), endpoints, h.binds(), mounts, ports, Boolean.TRUE.equals(h.publishAllPorts()),
        b.exposedPorts() == null ? Set.of() : b.exposedPorts().keySet(), b.volumes() == null ? Set.of() : b.volumes().keySet(),
        new NameResolution(h.extraHosts(), h.dns(), h.dnsSearch(), h.dnsOptions(), b.domainname()), new ContainerReferences(h.volumesFrom(), h.links()),
        b.macAddress(), Boolean.TRUE.equals(b.networkDisabled()));
  }

  private static WiringRequest.EndpointSettings endpoint(NetworkConnectBody.EndpointConfig e) {
    if (e == null) {
      return new WiringRequest.EndpointSettings(List.of(), "");
    }
    Networks.refuseIpv6Address(e.ipamConfig() == null ? null : e.ipamConfig().ipv6Address());
    String ip = e.ipamConfig() == null || e.ipamConfig().ipv4Address() == null ? "" : e.ipamConfig().ipv4Address();
    return new WiringRequest.EndpointSettings(e.aliases(), ip, e.links());
  }

  private static MountObject mount(ContainerCreateWiring.Mount m) {
    var v = m.volumeOptions();
    var t = m.tmpfsOptions();
    return new MountObject(m.type(), m.source(), m.target(), Boolean.TRUE.equals(m.readOnly()),
        m.bindOptions() == null ? null : m.bindOptions().propagation(),
        v != null && Boolean.TRUE.equals(v.noCopy()), v == null ? null : v.labels(),
        v == null || v.driverConfig() == null ? null : v.driverConfig().name(),
        v == null || v.driverConfig() == null ? null : v.driverConfig().options(),
        t == null || t.sizeBytes() == null ? 0 : t.sizeBytes(), t == null || t.mode() == null ? 0 : t.mode());
  }

  /** {@code HostConfig.PortBindings} as stored. */
  static Map<String, Object> portBindings(WiringView v) {
    Map<String, Object> out = new TreeMap<>();
    v.portBindings().forEach((k, list) -> out.put(k.contains("/") ? k : k + "/tcp",
        list.stream().map(b -> Map.of("HostIp", b.hostIp(), "HostPort", b.hostPort())).toList()));
    return out;
  }

  /** Inspect's {@code NetworkSettings}: the live ports, the sandbox and one entry per network. */
  static Map<String, Object> networkSettings(WiringView v, boolean running) {
    Map<String, Object> networks = new TreeMap<>();
    String endpoint = "";
    String ip = "";
    String gateway = "";
    String mac = "";
    int prefix = 0;
    for (Map.Entry<NetworkRecord, EndpointRecord> e : v.endpoints().entrySet()) {
      EndpointRecord ep = e.getValue();
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("IPAMConfig", ipamConfig(ep.requestedIpv4()));
      boolean primary = e.getKey().name().equals(v.networkMode());
      List<String> links = primary && !v.references().networkLinks().isEmpty() ? v.references().networkLinks() : ep.links();
      n.put("Links", links.isEmpty() ? null : links);
      n.put("Aliases", ep.aliases().isEmpty() ? null : ep.aliases());
      n.put("NetworkID", e.getKey().id());
      n.put("EndpointID", running ? ep.endpointId() : "");
      n.put("Gateway", running ? ep.gateway() : "");
      n.put("IPAddress", running ? ep.ipv4() : "");
      n.put("IPPrefixLen", running ? ep.prefix() : 0);
      n.put("IPv6Gateway", "");
      n.put("GlobalIPv6Address", "");
      n.put("GlobalIPv6PrefixLen", 0);
      n.put("MacAddress", running ? ep.mac() : "");
      n.put("DriverOpts", null);
      networks.put(e.getKey().name(), n);
      if (e.getKey().defaultBridge() && running) {
        endpoint = ep.endpointId();
        ip = ep.ipv4();
        gateway = ep.gateway();
        mac = ep.mac();
        prefix = ep.prefix();
      }
    }
    v.removedNetworks().forEach(r -> networks.put(r.network(), removedNetwork(r)));
    return ContainerTranslator.networkSettings(v.sandboxId().orElse(""),
        v.sandboxKey().map(Object::toString).orElse(""), running ? ports(v) : Map.of(), endpoint, gateway, ip, prefix, mac, networks);
  }

  /** {@code {"IPv4Address": ...}} for a fixed address asked for, as dockerd keeps the request's; null for none. */
  private static Map<String, Object> ipamConfig(String requestedIpv4) {
    return requestedIpv4.isEmpty() ? null : Map.of("IPv4Address", requestedIpv4);
  }

  /** A network removed while the container was stopped: dockerd keeps its entry, with the old network's id and nothing live. */
  private static Map<String, Object> removedNetwork(Membership r) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("IPAMConfig", ipamConfig(r.ipv4()));
    n.put("Links", null);
    n.put("Aliases", r.aliases().isEmpty() ? null : r.aliases());
    n.put("NetworkID", r.networkId());
    for (String empty : List.of("EndpointID", "Gateway", "IPAddress")) {
      n.put(empty, "");
    }
    n.put("IPPrefixLen", 0);
    n.put("IPv6Gateway", "");
    n.put("GlobalIPv6Address", "");
    n.put("GlobalIPv6PrefixLen", 0);
    n.put("MacAddress", "");
    n.put("DriverOpts", null);
    return n;
  }

  /** {@code {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}], "443/tcp": null}}. */
  static Map<String, Object> ports(WiringView v) {
    Map<String, Object> out = new TreeMap<>();
    v.exposedPorts().forEach(k -> out.put(k, null));
    Map<String, List<Map<String, String>>> bound = new TreeMap<>();
    for (PortMapping p : v.published()) {
      bound.computeIfAbsent(p.containerKey(), k -> new ArrayList<>())
          .add(Map.of("HostIp", p.hostIp().toString(), "HostPort", Integer.toString(p.hostPort())));
    }
    out.putAll(bound);
    return out;
  }

  /** Inspect's {@code Mounts}. */
  static List<Object> mounts(WiringView v) {
    List<Object> out = new ArrayList<>();
    for (WiringView.MountView m : v.mounts()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("Type", m.type().wireName());
      if (!m.name().isEmpty()) {
        o.put("Name", m.name());
      }
      o.put("Source", m.source());
      o.put("Destination", m.destination());
      if (!m.name().isEmpty()) {
        o.put("Driver", "local");
      }
      o.put("Mode", m.mode());
      o.put("RW", m.rw());
      o.put("Propagation", m.propagation());
      out.add(o);
    }
    return out;
  }

  /** {@code docker ps}'s {@code Ports}: published ones with their host side, exposed ones without. */
  static List<Object> summaryPorts(WiringView v, boolean running) {
    List<Object> out = new ArrayList<>();
    List<PortMapping> published = running ? v.published() : List.of();
    for (PortMapping p : published) {
      out.add(Map.of("IP", p.hostIp().toString(), "PrivatePort", p.containerPort(), "PublicPort", p.hostPort(), "Type", p.protocol().wireName()));
    }
    for (String k : new java.util.TreeSet<>(v.exposedPorts())) {
      String[] pp = k.split("/");
      int port = Integer.parseInt(pp[0]);
      String proto = pp.length > 1 ? pp[1] : "tcp";
      if (published.stream().noneMatch(p -> p.containerPort() == port && p.protocol().wireName().equals(proto))) {
        out.add(Map.of("PrivatePort", port, "Type", proto));
      }
    }
    return out;
  }

  /** {@code docker ps}'s {@code NetworkSettings}. */
  static Map<String, Object> summaryNetworks(WiringView v, boolean running) {
    return Map.of("Networks", networkSettings(v, running).get("Networks"));
  }

  /**
   * Inspect's JSON with the wiring filled in: {@code HostConfig.NetworkMode}, {@code Binds},
   * {@code PortBindings}, {@code PublishAllPorts}, {@code VolumesFrom}, {@code Links}, {@code Mounts}, {@code NetworkSettings} and
   * {@code ResolvConfPath}. Patched on the tree so the container DTOs need no new fields.
   */
  static ObjectNode inspect(Object inspect, WiringView v, boolean running, String resolvConfPath) {
    ObjectNode root = ApiJson.MAPPER.valueToTree(inspect);
    ObjectNode host = (ObjectNode) root.get("HostConfig");
    host.put("NetworkMode", v.networkMode());
    host.set("Binds", v.binds().isEmpty() ? NullNode.getInstance() : ApiJson.MAPPER.valueToTree(v.binds()));
    host.set("PortBindings", ApiJson.MAPPER.valueToTree(portBindings(v)));
    host.put("PublishAllPorts", v.publishAll());
    host.set("Dns", ApiJson.MAPPER.valueToTree(v.names().dns()));
    host.set("DnsOptions", ApiJson.MAPPER.valueToTree(v.names().dnsOptions()));
    host.set("DnsSearch", ApiJson.MAPPER.valueToTree(v.names().dnsSearch()));
    host.set("ExtraHosts", ApiJson.MAPPER.valueToTree(v.names().extraHosts()));
    host.set("VolumesFrom", nullIfEmpty(v.references().volumesFrom()));
    host.set("Links", nullIfEmpty(v.references().links()));
    root.set("Mounts", ApiJson.MAPPER.valueToTree(mounts(v)));
    root.set("NetworkSettings", ApiJson.MAPPER.valueToTree(networkSettings(v, running)));
    root.put("ResolvConfPath", resolvConfPath);
    ObjectNode config = (ObjectNode) root.get("Config");
    if (config != null && !v.exposedPorts().isEmpty()) {
      Map<String, Object> exposed = new TreeMap<>();
      v.exposedPorts().forEach(k -> exposed.put(k, Map.of()));
      config.set("ExposedPorts", ApiJson.MAPPER.valueToTree(exposed));
    }
    return root;
  }

  private static com.fasterxml.jackson.databind.JsonNode nullIfEmpty(List<String> list) {
    return list.isEmpty() ? NullNode.getInstance() : ApiJson.MAPPER.valueToTree(list);
  }

  /** A {@code docker ps} row with its {@code Ports}, {@code HostConfig.NetworkMode}, networks and mounts. */
  static ObjectNode summary(Object summary, WiringView v, boolean running) {
    ObjectNode root = ApiJson.MAPPER.valueToTree(summary);
    root.set("Ports", ApiJson.MAPPER.valueToTree(summaryPorts(v, running)));
    root.set("HostConfig", ApiJson.MAPPER.valueToTree(Map.of("NetworkMode", v.networkMode())));
    root.set("NetworkSettings", ApiJson.MAPPER.valueToTree(summaryNetworks(v, running)));
    root.set("Mounts", ApiJson.MAPPER.valueToTree(mounts(v)));
    return root;
  }
}
