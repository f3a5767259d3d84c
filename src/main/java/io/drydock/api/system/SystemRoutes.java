package io.drydock.api.system;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonStream;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.system.SystemService;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.Map;

/**
 * The System group of the API: ping, version, info, events and data usage. Handlers are named
 * after the swagger's operationIds.
 */
public final class SystemRoutes implements RouteGroup {
  static final String PLAIN_TEXT = "text/plain; charset=utf-8";

  private final SystemService system;
  private final EventBus events;

  public SystemRoutes(SystemService system, EventBus events) {
    this.system = system;
    this.events = events;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of(
        "SystemPing", this::systemPing,
        "SystemPingHead", this::systemPingHead,
        "SystemVersion", this::systemVersion,
        "SystemInfo", this::systemInfo,
        "SystemEvents", this::systemEvents);
  }

  void systemPing(ApiRequest request, ApiResponse response) {
    pingHeaders(response).text(HttpResponseStatus.OK, PLAIN_TEXT, "OK");
  }

  void systemPingHead(ApiRequest request, ApiResponse response) {
    pingHeaders(response).text(HttpResponseStatus.OK, PLAIN_TEXT, "");
  }

  private static ApiResponse pingHeaders(ApiResponse response) {
    return response
        .header("Cache-Control", "no-cache, no-store, must-revalidate")
        .header("Pragma", "no-cache")
        .header("Builder-Version", "1");
  }

  void systemVersion(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, SystemTranslator.version(system.host(), system.settings()));
  }

  void systemInfo(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, SystemTranslator.info(system.info()));
  }

  /**
   * Streams events: buffered ones since {@code since}, then live ones, until {@code until} (a past
   * {@code until} ends the stream right after the replay) or until the client goes away.
   */
  void systemEvents(ApiRequest request, ApiResponse response) {
    EventsQuery query =
        EventsQuery.parse(request.queryParam("since"), request.queryParam("until"), request.queryParam("filters"));
    JsonStream stream = response.openJsonStream(HttpResponseStatus.OK);
    EventBus.Subscription subscription =
        events.subscribe(query.filter(), query.sinceNano(), query.untilNano(), e -> {
          if (query.untilNano() <= 0 || e.timeNano() <= query.untilNano()) {
            stream.send(SystemTranslator.event(e));
          }
        });
    stream.onClose(subscription::close);
    if (query.untilNano() > 0) {
      stream.closeAfter(Duration.ofNanos(Math.max(0, query.untilNano() - events.nowNanos())));
    }
  }
}
