package io.drydock.api.plugins;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.FiltersParam;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /plugins} and {@code GET /plugins/{name}/json} of a daemon without plugins: the docker
 * CLI's {@code plugin ls} shows an empty table and {@code plugin inspect x} dockerd's
 * {@code plugin "x" not found} (404), instead of a 501 that would read as a broken daemon.
 */
public final class PluginRoutes implements RouteGroup {
  private static final Set<String> LIST_FILTERS = Set.of("capability", "enable");

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of("PluginList", this::pluginList, "PluginInspect", this::pluginInspect);
  }

  void pluginList(ApiRequest request, ApiResponse response) {
    for (String key : FiltersParam.parse(request.queryParam("filters")).keySet()) {
      if (!LIST_FILTERS.contains(key)) {
        throw new DrydockException.InvalidArgument("invalid filter '" + key + "'");
      }
    }
    response.json(HttpResponseStatus.OK, List.of());
  }

  void pluginInspect(ApiRequest request, ApiResponse response) {
    throw new DrydockException.NotFound("plugin \"" + request.pathParam("name") + "\" not found");
  }
}
