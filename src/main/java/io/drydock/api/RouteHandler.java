package io.drydock.api;

/**
 * One operation's handler: parse the request, call one engine method, translate, respond. It may
 * throw any {@link io.drydock.common.DrydockException}; the dispatcher maps it to a status.
 */
@FunctionalInterface
public interface RouteHandler {
  void handle(ApiRequest request, ApiResponse response);
}
