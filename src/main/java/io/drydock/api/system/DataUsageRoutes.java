package io.drydock.api.system;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.ImageSummary;
import io.drydock.api.dto.Volume;
import io.drydock.engine.system.SystemService;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /system/df}: dockerd answers it with the rows of three other lists (images,
 * containers with their sizes, volumes with their usage) and the system's layer tally, so this
 * group is handed those lists by the daemon rather than reaching into their areas itself.
 */
public final class DataUsageRoutes implements RouteGroup {
  private final SystemService system;
  private final Supplier<List<ImageSummary>> images;
  private final Supplier<List<Object>> containers;
  private final Supplier<List<Volume>> volumes;

  public DataUsageRoutes(SystemService system, Supplier<List<ImageSummary>> images, Supplier<List<Object>> containers,
      Supplier<List<Volume>> volumes) {
    this.system = system;
    this.images = images;
    this.containers = containers;
    this.volumes = volumes;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of("SystemDataUsage", this::systemDataUsage);
  }

  void systemDataUsage(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, SystemTranslator.dataUsage(system.dataUsage(), images.get(), containers.get(), volumes.get()));
  }
}
