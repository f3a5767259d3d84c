package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A network as the engine keeps it. {@code bridgeName} is the Linux bridge of a bridge network
 * ({@code dd0} for the default one, {@code dd-<12 hex>} for user networks — never {@code docker0},
 * so drydock and a dockerd on the same host cannot collide) unless the user named it with
 * {@code com.docker.network.bridge.name}.
 */
public record NetworkRecord(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("driver") String driver,
    @JsonProperty("created") String created,
    @JsonProperty("internal") boolean internal,
    @JsonProperty("attachable") boolean attachable,
    @JsonProperty("labels") Map<String, String> labels,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("ipam") List<IpamPool> ipam,
    @JsonProperty("bridgeName") String bridgeName,
    @JsonProperty("userSubnet") Boolean userSubnet) {
  public NetworkRecord {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    options = options == null ? Map.of() : Map.copyOf(options);
    ipam = ipam == null ? List.of() : List.copyOf(ipam);
    userSubnet = userSubnet == null || userSubnet;
  }

  /**
   * Whether the subnet was the user's ({@code --subnet}): only then may a container ask for a
   * fixed address, as in dockerd. Records written before drydock kept this say yes, as drydock
   * allowed it then.
   */
  public boolean subnetChosenByUser() {
    return userSubnet;
  }

  /** The bridge driver's options, checked when the network was created. */
  public BridgeOptions bridgeOptions() {
    return BridgeOptions.parse(options);
  }

  /** The predefined networks cannot be removed and do not take part in prune. */
  public boolean predefined() {
    return NetworkNames.PREDEFINED.contains(name);
  }

  /** Whether this is the default {@code bridge} network (no DNS, no aliases, like Docker's). */
  public boolean defaultBridge() {
    return name.equals("bridge");
  }
}
