package io.drydock.api.networks;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonBodies;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.Network;
import io.drydock.api.dto.NetworkConnectBody;
import io.drydock.api.dto.NetworkCreateBody;
import io.drydock.api.dto.NetworkCreateResponse;
import io.drydock.api.dto.NetworkPruneResponse;
import io.drydock.common.DrydockException;
import io.drydock.engine.network.NetworkFilter;
import io.drydock.engine.network.NetworkCreate;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.ipam.Ipv4;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Network group of the API; handlers named after the swagger's operationIds. */
public final class NetworkRoutes implements RouteGroup {
  private final Networks networks;

  public NetworkRoutes(Networks networks) {
    this.networks = networks;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of(
        "NetworkList", this::networkList,
        "NetworkInspect", this::networkInspect,
        "NetworkDelete", this::networkDelete,
        "NetworkCreate", this::networkCreate,
        "NetworkConnect", this::networkConnect,
        "NetworkDisconnect", this::networkDisconnect,
        "NetworkPrune", this::networkPrune);
  }

  void networkList(ApiRequest request, ApiResponse response) {
    NetworkFilter filter = new NetworkFilter(FilterArgs.parse(request.queryParam("filters")));
    List<Network> out = networks.list(filter).stream().map(n -> NetworkTranslator.network(n, List.of())).toList();
    response.json(HttpResponseStatus.OK, out);
  }

  void networkInspect(ApiRequest request, ApiResponse response) {
    NetworkRecord n = networks.describe(request.pathParam("id"));
    response.json(HttpResponseStatus.OK, NetworkTranslator.network(n, networks.runningEndpoints(n.id())));
  }

  void networkDelete(ApiRequest request, ApiResponse response) {
    networks.remove(request.pathParam("id"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void networkCreate(ApiRequest request, ApiResponse response) {
    NetworkCreateBody body = JsonBodies.read(request, NetworkCreateBody.class)
        .orElseThrow(() -> new DrydockException.InvalidArgument("network name is required"));
    NetworkCreate create = NetworkTranslator.create(body);
    String warning = networks.nameTakenWarning(create.name());
    NetworkRecord created = networks.create(create);
    response.json(HttpResponseStatus.CREATED, new NetworkCreateResponse(created.id(), warning));
  }

  void networkConnect(ApiRequest request, ApiResponse response) {
    NetworkConnectBody body = JsonBodies.read(request, NetworkConnectBody.class)
        .orElseThrow(() -> new DrydockException.InvalidArgument("a container is required"));
    NetworkConnectBody.EndpointConfig config = body.endpointConfig();
    List<String> aliases = config == null || config.aliases() == null ? List.of() : config.aliases();
    Networks.refuseIpv6Address(config == null || config.ipamConfig() == null ? null : config.ipamConfig().ipv6Address());
    Optional<Ipv4> ip = Optional.ofNullable(config).map(NetworkConnectBody.EndpointConfig::ipamConfig)
        .map(NetworkConnectBody.IpamConfig::ipv4Address).filter(s -> !s.isEmpty()).map(Ipv4::parse);
    List<String> links = config == null || config.links() == null ? List.of() : config.links();
    networks.connect(request.pathParam("id"), container(body), aliases, ip, links);
    response.empty(HttpResponseStatus.OK);
  }

  void networkDisconnect(ApiRequest request, ApiResponse response) {
    NetworkConnectBody body = JsonBodies.read(request, NetworkConnectBody.class)
        .orElseThrow(() -> new DrydockException.InvalidArgument("a container is required"));
    networks.disconnect(request.pathParam("id"), container(body));
    response.empty(HttpResponseStatus.OK);
  }

  void networkPrune(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, new NetworkPruneResponse(networks.prune(FilterArgs.parse(request.queryParam("filters")))));
  }

  private static String container(NetworkConnectBody body) {
    if (body.container() == null || body.container().isEmpty()) {
      throw new DrydockException.InvalidArgument("a container is required");
    }
    return body.container();
  }
}
