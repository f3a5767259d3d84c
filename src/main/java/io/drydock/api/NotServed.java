package io.drydock.api;

import io.drydock.common.DrydockException;
import java.util.Set;

/**
 * The answer for an operation drydock does not serve (yet): 501 naming the operation, so a client
 * sees an honest error rather than a 404 that looks like a missing object. Swarm-only operations
 * answer like a dockerd whose swarm is inactive (moby's {@code daemon/cluster} errors): 503
 * {@code This node is not a swarm manager. Use "docker swarm init" ...} for what needs a manager,
 * and {@code This node is not part of a swarm} for leaving one. Creating or joining a swarm is
 * simply not implemented (501). Plugin operations other than list and inspect say plainly that
 * drydock has no plugin system (501).
 */
final class NotServed {
  static final String NO_SWARM = "This node is not part of a swarm";
  static final String NOT_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" "
      + "to connect this node to swarm and try again.";
  private static final Set<String> SWARM_ENTRY = Set.of("SwarmInit", "SwarmJoin");

  private NotServed() {}

  static RouteHandler handlerFor(ApiOperation op) {
    if (op.group().needsSwarm() && !SWARM_ENTRY.contains(op.operationId())) {
      String message = op.operationId().equals("SwarmLeave") ? NO_SWARM : NOT_MANAGER;
      return (request, response) -> {
        throw new DrydockException.Unavailable(message, null);
      };
    }
    String message = op.group() == ApiGroup.PLUGIN
        ? op.operationId() + " (" + op.describe() + "): plugins are not supported by drydock"
        : op.operationId() + " (" + op.describe() + ") is not implemented by drydock yet";
    return (request, response) -> {
      throw new DrydockException.NotImplemented(message);
    };
  }
}
