package io.drydock.api.volumes;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonBodies;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.Volume;
import io.drydock.api.dto.VolumeCreateBody;
import io.drydock.api.dto.VolumeListResponse;
import io.drydock.api.dto.VolumePruneResponse;
import io.drydock.api.networks.FilterArgs;
import io.drydock.engine.volume.PruneReport;
import io.drydock.engine.volume.VolumeFilter;
import io.drydock.engine.volume.VolumeRecord;
import io.drydock.engine.volume.Volumes;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Volume group of the API; handlers named after the swagger's operationIds. */
public final class VolumeRoutes implements RouteGroup {
  private final Volumes volumes;

  public VolumeRoutes(Volumes volumes) {
    this.volumes = volumes;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of(
        "VolumeList", this::volumeList,
        "VolumeCreate", this::volumeCreate,
        "VolumeInspect", this::volumeInspect,
        "VolumeDelete", this::volumeDelete,
        "VolumePrune", this::volumePrune);
  }

  void volumeList(ApiRequest request, ApiResponse response) {
    VolumeFilter filter = new VolumeFilter(FilterArgs.parse(request.queryParam("filters")));
    List<Volume> out = volumes.list(filter).stream().map(VolumeRoutes::volume).toList();
    response.json(HttpResponseStatus.OK, new VolumeListResponse(out, List.of()));
  }

  void volumeCreate(ApiRequest request, ApiResponse response) {
    VolumeCreateBody body = JsonBodies.read(request, VolumeCreateBody.class).orElse(new VolumeCreateBody(null, null, null, null));
    VolumeRecord v = volumes.create(Optional.ofNullable(body.name()), body.driver(), body.labels(), body.driverOpts());
    response.json(HttpResponseStatus.CREATED, volume(v));
  }

  void volumeInspect(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, volume(volumes.inspect(request.pathParam("name"))));
  }

  void volumeDelete(ApiRequest request, ApiResponse response) {
    volumes.remove(request.pathParam("name"), request.boolParam("force"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void volumePrune(ApiRequest request, ApiResponse response) {
    PruneReport report = volumes.prune(FilterArgs.parse(request.queryParam("filters")));
    response.json(HttpResponseStatus.OK, new VolumePruneResponse(report.deleted(), report.spaceReclaimed()));
  }

  /** Every volume as {@code /system/df} lists it: {@code /volumes}' fields and its {@code UsageData}. */
  public List<Volume> usageRows() {
    if (volumes == null) {
      return List.of();
    }
    return volumes.list(VolumeFilter.none()).stream().map(v -> {
      Volumes.Usage u = volumes.usage(v);
      return volume(v, new Volume.UsageData(u.sizeBytes(), u.refCount()));
    }).toList();
  }

  static Volume volume(VolumeRecord v) {
    return volume(v, null);
  }

  private static Volume volume(VolumeRecord v, Volume.UsageData usage) {
    return new Volume(v.name(), v.driver(), v.mountpoint(), v.createdAt(), v.labels(), "local", v.options(), usage);
  }
}
