package io.drydock.api;

import io.drydock.common.ErrorKind;
import io.netty.handler.codec.http.HttpResponseStatus;

/** The one place where an error class becomes an HTTP status, as moby's {@code httpstatus}. */
public final class ErrorMapping {
  private ErrorMapping() {}

  public static HttpResponseStatus status(ErrorKind kind) {
    return switch (kind) {
      case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
      case INVALID_ARGUMENT -> HttpResponseStatus.BAD_REQUEST;
      case CONFLICT -> HttpResponseStatus.CONFLICT;
      case NOT_MODIFIED -> HttpResponseStatus.NOT_MODIFIED;
      case UNAUTHORIZED -> HttpResponseStatus.UNAUTHORIZED;
      case FORBIDDEN -> HttpResponseStatus.FORBIDDEN;
      case UNAVAILABLE -> HttpResponseStatus.SERVICE_UNAVAILABLE;
      case NOT_IMPLEMENTED -> HttpResponseStatus.NOT_IMPLEMENTED;
      case SYSTEM -> HttpResponseStatus.INTERNAL_SERVER_ERROR;
    };
  }
}
