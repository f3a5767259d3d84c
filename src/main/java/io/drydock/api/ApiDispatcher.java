package io.drydock.api;

import io.drydock.api.dto.ErrorResponse;
import io.drydock.common.DrydockException;
import io.drydock.common.ErrorKind;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline after HTTP decoding, free of channels: version middleware, route lookup,
 * the handler, and the one error mapping ({@code {"message": ...}} with the status of the error's
 * class; 304 with no body). Errors raised after a stream has started cannot change the status and
 * end the connection instead.
 */
public final class ApiDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

  private final RouteTable table;

  public ApiDispatcher(RouteTable table) {
    this.table = table;
  }

  public void dispatch(HttpMethod method, String uri, HttpHeaders headers, byte[] body, ApiResponse response) {
    dispatch(method, uri, headers, body, new ByteArrayInputStream(body), response);
  }

  /** Dispatches a request whose body is still arriving: the handler reads it from {@code body}. */
  public void dispatchStreamed(HttpMethod method, String uri, HttpHeaders headers, InputStream body, ApiResponse response) {
    dispatch(method, uri, headers, new byte[0], body, response);
  }

  /**
   * Whether a request for {@code method} and {@code uri} goes to an operation that streams its body;
   * asked by the server when the request head arrives, before any body byte is collected.
   */
  public boolean streamsBody(HttpMethod method, String uri) {
    if (!method.equals(HttpMethod.PUT) && !method.equals(HttpMethod.POST)) {
      return false;
    }
    try {
      VersionGate.VersionedPath versioned = VersionGate.split(new QueryStringDecoder(uri).rawPath());
      return table.streamsBody(table.match(method, versioned.path()));
    } catch (DrydockException | IllegalArgumentException e) {
      return false;
    }
  }

  private void dispatch(HttpMethod method, String uri, HttpHeaders headers, byte[] body, InputStream stream, ApiResponse response) {
    try {
      QueryStringDecoder decoder = new QueryStringDecoder(uri);
      VersionGate.VersionedPath versioned = VersionGate.split(decoder.rawPath());
      RouteTable.Match match = table.match(method, versioned.path());
      ApiRequest request =
          new ApiRequest(method, versioned.path(), versioned.version(), match.pathParams(), decoder.parameters(), headers, body, stream);
      LOG.debug("{} {} -> {}", method, uri, match.route().operation().operationId());
      match.route().handler().handle(request, response);
    } catch (DrydockException e) {
      fail(response, e.kind(), e.getMessage(), method, uri);
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, uri, e);
      fail(response, ErrorKind.SYSTEM, String.valueOf(e.getMessage()), method, uri);
    }
  }

  private static void fail(ApiResponse response, ErrorKind kind, String message, HttpMethod method, String uri) {
    HttpResponseStatus status = ErrorMapping.status(kind);
    if (response.committed()) {
      LOG.warn("{} {}: error after the response started, closing: {}", method, uri, message);
      response.abort();
      return;
    }
    LOG.debug("{} {} -> {} {}", method, uri, status.code(), message);
    if (kind == ErrorKind.NOT_MODIFIED) {
      response.empty(status);
    } else {
      response.json(status, new ErrorResponse(message));
    }
  }
}
