package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stopped container's place on a network that was removed under it: dockerd lets {@code network
 * rm} go ahead when no running container uses the network, and the container keeps naming it.
 * Its next start joins a network of that name again, or fails with {@code network N not found}.
 */
record Membership(@JsonProperty("network") String network, @JsonProperty("containerName") String containerName,
    @JsonProperty("aliases") List<String> aliases) {
  Membership {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
