package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.FiltersParam;
import io.drydock.api.JsonBodies;
import io.drydock.api.JsonStream;
import io.drydock.api.ParsedBody;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.ContainerCreateOptions;
import io.drydock.api.dto.ContainerCreateRequest;
import io.drydock.api.dto.ContainerCreateTuning;
import io.drydock.api.dto.ContainerCreateResponse;
import io.drydock.api.dto.ContainerCreateWiring;
import io.drydock.api.dto.ContainerPruneResponse;
import io.drydock.api.dto.ContainerTopResponse;
import io.drydock.api.dto.ContainerWaitResponse;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.container.service.WaitCondition;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Container group: handlers named after the swagger's operationIds. */
public final class ContainerRoutes implements RouteGroup {
  static final String RAW_STREAM = "application/vnd.docker.raw-stream";

  private final ContainerService containers;
  private final String storageDriver;

  public ContainerRoutes(ContainerService containers, String storageDriver) {
    this.containers = containers;
    this.storageDriver = storageDriver;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.ofEntries(
        Map.entry("ContainerCreate", this::containerCreate),
        Map.entry("ContainerInspect", this::containerInspect),
        Map.entry("ContainerList", this::containerList),
        Map.entry("ContainerStart", this::containerStart),
        Map.entry("ContainerStop", this::containerStop),
        Map.entry("ContainerKill", this::containerKill),
        Map.entry("ContainerRestart", this::containerRestart),
        Map.entry("ContainerPause", this::containerPause),
        Map.entry("ContainerUnpause", this::containerUnpause),
        Map.entry("ContainerRename", this::containerRename),
        Map.entry("ContainerDelete", this::containerDelete),
        Map.entry("ContainerPrune", this::containerPrune),
        Map.entry("ContainerWait", this::containerWait),
        Map.entry("ContainerAttach", new AttachRoute(containers)::containerAttach),
        Map.entry("ContainerAttachWebsocket", new AttachRoute(containers)::containerAttachWebsocket),
        Map.entry("ContainerLogs", new LogsRoute(containers)::containerLogs),
        Map.entry("ContainerResize", this::containerResize),
        Map.entry("ContainerTop", this::containerTop),
        Map.entry("ContainerUpdate", new UpdateRoute(containers)::containerUpdate),
        Map.entry("ContainerStats", new StatsRoute(containers)::containerStats));
  }

  void containerCreate(ApiRequest request, ApiResponse response) {
    ParsedBody parsed = JsonBodies.parse(request)
        .orElseThrow(() -> new DrydockException.InvalidArgument("Config cannot be empty in order to create a container"));
    ContainerCreateRequest body = parsed.as(ContainerCreateRequest.class);
    ContainerCreateWiring wiring = parsed.as(ContainerCreateWiring.class);
    ContainerCreateOptions options = parsed.as(ContainerCreateOptions.class);
    ContainerCreateTuning tuning = parsed.as(ContainerCreateTuning.class);
    var created = containers.createWithWarnings(CreateTranslator.request(request.queryParam("name"), body, options, tuning),
        WiringTranslator.request(wiring));
    response.json(HttpResponseStatus.CREATED, new ContainerCreateResponse(created.container().record().id().value(), created.warnings()));
  }

  void containerInspect(ApiRequest request, ApiResponse response) {
    StoredContainer c = containers.inspect(request.pathParam("id"));
    String id = c.record().id().value();
    var inspect = ContainerTranslator.inspect(c, containers.runtimeShown(c), containers.health(c.record().id()), containers.startTraces(c),
        storageDriver, containers.filesystems().storageDirs(id), containers.execs().of(id));
    var wiring = containers.wiring(c);
    Object body = wiring.isEmpty() ? inspect : WiringTranslator.inspect(inspect, wiring.get(), c.record().status().isRunning(), inspect.resolvConfPath());
    response.json(HttpResponseStatus.OK, request.boolParam("size") ? SizeFields.inspect(body, containers.filesystems().sizes(id)) : body);
  }

  void containerList(ApiRequest request, ApiResponse response) {
    int limit = intParam(request, "limit").orElse(-1);
    response.json(HttpResponseStatus.OK, rows(request.boolParam("all"), limit, FiltersParam.parse(request.queryParam("filters")), request.boolParam("size")));
  }

  /** The rows of {@code GET /containers/json}; {@code /system/df} shows them with their sizes. */
  public List<Object> rows(boolean all, int limit, Map<String, List<String>> filters, boolean size) {
    if (containers == null) {
      return List.of();
    }
    var list = containers.list(all, limit, filters);
    Instant now = Instant.now();
    return list.stream().map(c -> {
      Object row = containers.wiring(c)
          .<Object>map(w -> WiringTranslator.summary(ContainerTranslator.summary(c, containers.health(c.record().id()), now), w, c.record().status().isRunning()))
          .orElseGet(() -> ContainerTranslator.summary(c, containers.health(c.record().id()), now));
      return size ? withSizes(row, c.record().id().value()) : row;
    }).toList();
  }

  /** A list row with {@code ?size=1}'s fields; a container removed meanwhile keeps the row as it was. */
  private Object withSizes(Object row, String id) {
    try {
      return SizeFields.summary(row, containers.filesystems().sizes(id));
    } catch (DrydockException.NotFound e) {
      return row;
    }
  }

  void containerStart(ApiRequest request, ApiResponse response) {
    containers.start(request.pathParam("id"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerStop(ApiRequest request, ApiResponse response) {
    containers.stop(request.pathParam("id"), intParam(request, "t").orElse(null));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerKill(ApiRequest request, ApiResponse response) {
    containers.kill(request.pathParam("id"), request.queryParam("signal").orElse(""));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerRestart(ApiRequest request, ApiResponse response) {
    containers.restart(request.pathParam("id"), intParam(request, "t").orElse(null));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerPause(ApiRequest request, ApiResponse response) {
    containers.pause(request.pathParam("id"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerUnpause(ApiRequest request, ApiResponse response) {
    containers.unpause(request.pathParam("id"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerRename(ApiRequest request, ApiResponse response) {
    containers.rename(request.pathParam("id"), request.queryParam("name").orElse(""));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerDelete(ApiRequest request, ApiResponse response) {
    containers.remove(request.pathParam("id"), request.boolParam("force"), request.boolParam("v"));
    response.empty(HttpResponseStatus.NO_CONTENT);
  }

  void containerPrune(ApiRequest request, ApiResponse response) {
    List<String> removed = containers.prune(FiltersParam.parse(request.queryParam("filters")));
    response.json(HttpResponseStatus.OK, new ContainerPruneResponse(removed, 0));
  }

  /** Registers the wait, sends the headers at once, and the body when the condition is met. */
  void containerWait(ApiRequest request, ApiResponse response) {
    var future = containers.await(request.pathParam("id"), WaitCondition.parse(request.queryParam("condition").orElse("")));
    JsonStream stream = response.openJsonStream(HttpResponseStatus.OK);
    future.whenComplete((result, error) -> {
      if (result != null) {
        stream.send(new ContainerWaitResponse(result.statusCode(),
            result.error().isEmpty() ? null : new ContainerWaitResponse.ContainerWaitExitError(result.error())));
      }
      stream.close();
    });
  }

  void containerResize(ApiRequest request, ApiResponse response) {
    int h = intParam(request, "h").orElse(0);
    int w = intParam(request, "w").orElse(0);
    containers.resize(request.pathParam("id"), h, w);
    response.empty(HttpResponseStatus.OK);
  }

  void containerTop(ApiRequest request, ApiResponse response) {
    var list = containers.top(request.pathParam("id"), request.queryParam("ps_args").orElse(""));
    // dockerd sends null, not [], when no row is the container's (ps f without a tty, say).
    var rows = list.processes().isEmpty() ? null : list.processes();
    response.json(HttpResponseStatus.OK, new ContainerTopResponse(list.titles(), rows));
  }

  static Optional<Integer> intParam(ApiRequest request, String name) {
    Optional<String> v = request.queryParam(name).filter(s -> !s.isEmpty());
    try {
      return v.map(Integer::parseInt);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("invalid value for " + name + ": strconv.Atoi: parsing \"" + v.get() + "\": invalid syntax");
    }
  }
}
