package io.drydock.api;

import io.drydock.common.DrydockException;
import java.util.Set;

/**
 * The answer for an operation drydock does not serve (yet): 501 naming the operation, so a client
 * sees an honest error rather than a 404 that looks like a missing object. Swarm-only operations
 * answer like a dockerd whose swarm is inactive: 503 {@code This node is not part of a swarm}.
 * Creating or joining a swarm is simply not implemented (501).
 */
final class NotServed {
  static final String NO_SWARM = "This node is not part of a swarm";
  private static final Set<String> SWARM_ENTRY = Set.of("SwarmInit", "SwarmJoin");

  private NotServed() {}

  static RouteHandler handlerFor(ApiOperation op) {
    if (op.group().needsSwarm() && !SWARM_ENTRY.contains(op.operationId())) {
      return (request, response) -> {
        throw new DrydockException.Unavailable(NO_SWARM, null);
      };
    }
    String message = op.operationId() + " (" + op.describe() + ") is not implemented by drydock yet";
    return (request, response) -> {
      throw new DrydockException.NotImplemented(message);
    };
  }
}
