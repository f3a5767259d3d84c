package io.drydock.api;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routing as data: every operation of {@link ApiOperations#ALL} (plus the groups' extra ones) with
 * its handler, registered once; the version prefix is taken off before matching, by
 * {@link VersionGate}. Operations no group serves get {@link NotServed}'s honest error. A path
 * that matches nothing, or matches only with another method, is 404 {@code page not found}, as in
 * dockerd (its mux uses the same handler for both).
 */
public final class RouteTable {
  private final List<Route> routes;
  private final Set<String> streamedBodies;

  private RouteTable(List<Route> routes, Set<String> streamedBodies) {
    this.routes = List.copyOf(routes);
    this.streamedBodies = Set.copyOf(streamedBodies);
  }

  public static RouteTable build(List<RouteGroup> groups) {
    List<ApiOperation> operations = new ArrayList<>(ApiOperations.ALL);
    Map<String, RouteHandler> handlers = new HashMap<>();
    Set<String> streamed = new HashSet<>();
    for (RouteGroup group : groups) {
      operations.addAll(group.extraOperations());
      streamed.addAll(group.streamedBodies());
      group.handlers().forEach((id, handler) -> {
        if (handlers.putIfAbsent(id, handler) != null) {
          throw new IllegalStateException("two route groups serve " + id);
        }
      });
    }
    Set<String> known = new HashSet<>();
    List<Route> routes = new ArrayList<>();
    for (ApiOperation op : operations) {
      if (!known.add(op.operationId())) {
        throw new IllegalStateException("operation listed twice: " + op.operationId());
      }
      RouteHandler handler = handlers.get(op.operationId());
      routes.add(handler == null ? new Route(op, NotServed.handlerFor(op), false) : new Route(op, handler, true));
    }
    Set<String> unknown = new HashSet<>(handlers.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("handlers for operations not in the API: " + unknown);
    }
    routes.sort(Comparator.comparingInt(r -> r.operation().path().parameterCount()));
    return new RouteTable(routes, streamed);
  }

  /** Whether the matched operation reads its body as a stream (see {@link RouteGroup#streamedBodies}). */
  public boolean streamsBody(Match match) {
    return match.route().served() && streamedBodies.contains(match.route().operation().operationId());
  }

  public List<Route> routes() {
    return routes;
  }

  /** A route and the parameters taken from the path. */
  public record Match(Route route, Map<String, String> pathParams) {}

  /** The route for {@code method} and an unversioned raw path, or 404 {@code page not found}. */
  public Match match(HttpMethod method, String rawPath) {
    for (Route route : routes) {
      if (!route.operation().method().equals(method)) {
        continue;
      }
      Optional<Map<String, String>> params = route.operation().path().match(rawPath);
      if (params.isPresent()) {
        return new Match(route, params.get());
      }
    }
    throw new DrydockException.NotFound("page not found");
  }
}
