package io.drydock.api;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a route handler sees it: the version already checked, the path parameters of its
 * template, the query, the headers and the body. The body is either held whole ({@code body},
 * size-limited, for JSON) or, for the operations whose group declares them in {@link
 * RouteGroup#streamedBodies}, only readable from {@code bodyStream} as it arrives (tar uploads of
 * any size); then {@code body} is empty.
 */
public record ApiRequest(
    HttpMethod method,
    String path,
    ApiVersion version,
    Map<String, String> pathParams,
    Map<String, List<String>> query,
    HttpHeaders headers,
    byte[] body,
    InputStream bodyStream) {

  public ApiRequest {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
  }

  /** A request whose whole body is {@code body}. */
  public ApiRequest(HttpMethod method, String path, ApiVersion version, Map<String, String> pathParams, Map<String, List<String>> query,
      HttpHeaders headers, byte[] body) {
    this(method, path, version, pathParams, query, headers, body, new ByteArrayInputStream(body));
  }

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return value;
  }

  /** The first value of a query parameter, if given. */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A boolean query parameter in Go's {@code strconv.ParseBool} forms; absent or empty is false. */
  public boolean boolParam(String name) {
    String v = queryParam(name).orElse("");
    return switch (v) {
      case "", "0", "f", "F", "false", "FALSE", "False" -> false;
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      default -> throw new DrydockException.InvalidArgument(
          "invalid value for " + name + ": strconv.ParseBool: parsing \"" + v + "\": invalid syntax");
    };
  }
}
