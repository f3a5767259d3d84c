package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bridge driver's options ({@code docker network create -o KEY=VALUE}), read with dockerd's
 * rules and messages: a bridge name of at most 15 bytes, an MTU that is a non-negative integer
 * (0: the kernel's default), Go's boolean spellings for the two switches, an IP address for the
 * default host address of published ports. Other keys, {@code com.docker.network.*} or not, are
 * kept in the network's options and otherwise ignored, as dockerd does.
 *
 * @param bridgeName the Linux bridge; empty for drydock's own name
 * @param mtu the MTU of the bridge and of the containers' interfaces; 0 leaves the kernel's
 * @param icc whether containers on the bridge may reach each other
 * @param masquerade whether outbound traffic is masqueraded (drydock never masquerades: recorded only)
 * @param hostBindingIp the host address of published ports without one; empty for the daemon's
 */
public record BridgeOptions(String bridgeName, int mtu, boolean icc, boolean masquerade, Optional<Ipv4> hostBindingIp) {
  public static final String NAME = "com.docker.network.bridge.name";
  public static final String MTU = "com.docker.network.driver.mtu";
  public static final String ICC = "com.docker.network.bridge.enable_icc";
  public static final String MASQUERADE = "com.docker.network.bridge.enable_ip_masquerade";
  public static final String HOST_BINDING = "com.docker.network.bridge.host_binding_ipv4";
  private static final int IFNAMSIZ = 15;
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  /** Refuses what dockerd refuses at create, each with its 500 message. */
  public static BridgeOptions parse(Map<String, String> options) {
    String name = options.getOrDefault(NAME, "");
    if (name.length() > IFNAMSIZ) {
      throw new DrydockException.SystemError("failed to check bridge interface existence: numerical result out of range");
    }
    if (name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c == '/' || c == ':' || Character.isWhitespace(c))) {
      throw new DrydockException.SystemError("invalid argument");
    }
    return new BridgeOptions(name, mtu(options.getOrDefault(MTU, "")), bool(options, ICC), bool(options, MASQUERADE),
        hostBinding(options.getOrDefault(HOST_BINDING, "")));
  }

  private static int mtu(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int mtu;
    try {
      mtu = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw unparsable(MTU, text, "strconv.Atoi: parsing \"" + text + "\": invalid syntax");
    }
    if (mtu < 0) {
      throw new DrydockException.SystemError("invalid MTU number: " + mtu);
    }
    return mtu;
  }

  /** Go's {@code strconv.ParseBool}; a missing option is true. */
  private static boolean bool(Map<String, String> options, String key) {
    String text = options.get(key);
    if (text == null || text.isEmpty()) {
      return true;
    }
    return switch (text) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> throw unparsable(key, text, "strconv.ParseBool: parsing \"" + text + "\": invalid syntax");
    };
  }

  /** An IPv4 address is kept; an IPv6 literal is accepted as dockerd does but not used (drydock publishes on IPv4). */
  private static Optional<Ipv4> hostBinding(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ipv4.parse(text));
    } catch (DrydockException.InvalidArgument e) {
      if (IPV6.matcher(text).matches() && ipv6Literal(text)) {
        return Optional.empty();
      }
      throw unparsable(HOST_BINDING, text, "nil ip");
    }
  }

  private static boolean ipv6Literal(String text) {
    try {
      java.net.InetAddress.getByName(text);
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static DrydockException unparsable(String key, String value, String why) {
    return new DrydockException.SystemError("failed to parse " + key + " value: " + value + " (" + why + ")");
  }
}
