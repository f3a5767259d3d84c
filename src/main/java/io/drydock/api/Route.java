package io.drydock.api;

import java.util.Objects;

/** An operation of the API contract bound to the handler that serves it. */
public record Route(ApiOperation operation, RouteHandler handler, boolean served) {
  public Route {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(handler, "handler");
  }
}
