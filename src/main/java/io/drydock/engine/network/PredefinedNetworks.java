package io.drydock.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The networks every engine has, as dockerd has them: {@code bridge} (driver bridge, the default
 * bridge's subnet and Linux bridge name in its options), {@code host} and {@code none} (driver
 * {@code null}). Pure: it says which records are missing; {@link Networks} stores them.
 */
final class PredefinedNetworks {
  static final List<String> NAMES = List.of("bridge", "host", "none");

  private PredefinedNetworks() {}

  /**
   * The records of the predefined networks not in {@code existing}; {@code bridgeSubnet} is asked
   * only when {@code bridge} is missing.
   */
  static List<NetworkRecord> missing(Set<String> existing, Supplier<String> bridgeSubnet, String bridgeName, String created) {
    List<NetworkRecord> out = new ArrayList<>();
    for (String name : NAMES) {
      if (existing.contains(name)) {
        continue;
      }
      boolean bridge = name.equals("bridge");
      out.add(new NetworkRecord(NetworkNames.newId(), name, name.equals("none") ? "null" : name, created, false, false, Map.of(),
          bridge ? Map.of("com.docker.network.bridge.default_bridge", "true", "com.docker.network.bridge.name", bridgeName) : Map.of(),
          bridge ? List.of(new IpamPool(bridgeSubnet.get(), "", "")) : List.of(), bridge ? bridgeName : "", false));
    }
    return out;
  }
}
