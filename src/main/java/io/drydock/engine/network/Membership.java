package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stopped container's place on a network that was removed under it: dockerd lets {@code network
 * rm} go ahead when no running container uses the network, and the container keeps naming it.
 * Inspect still lists it under {@code NetworkSettings.Networks} (the old network's id, nothing
 * else, as dockerd keeps the stopped container's endpoint settings). Its next start joins a
 * network of that name again, or fails with {@code network N not found}.
 *
 * <p>It also holds a container created with a fixed address its network can never give (the
 * gateway, outside the subnet, a subnet the user did not choose): dockerd creates such a container
 * and refuses the address when it starts, with the same words.
 *
 * @param networkId the removed network's id; "" in files written before it was recorded
 * @param ipv4 the fixed address asked for; "" for none
 */
public record Membership(@JsonProperty("network") String network, @JsonProperty("networkId") String networkId,
    @JsonProperty("containerName") String containerName, @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("ipv4") String ipv4) {
  public Membership {
    networkId = networkId == null ? "" : networkId;
    ipv4 = ipv4 == null ? "" : ipv4;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
