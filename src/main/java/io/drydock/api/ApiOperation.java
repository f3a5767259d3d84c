package io.drydock.api;

import io.netty.handler.codec.http.HttpMethod;
import java.util.Objects;

/** One operation of the Engine API contract: how it is addressed and what the swagger calls it. */
public record ApiOperation(HttpMethod method, PathTemplate path, String operationId, ApiGroup group) {
  public ApiOperation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(group, "group");
  }

  /** {@code GET /containers/{id}/json}: how logs, errors and the spec name an operation. */
  public String describe() {
    return method.name() + " " + path.swaggerForm();
  }
}
