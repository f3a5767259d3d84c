package io.drydock.engine.network.bridge;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.common.DrydockException;
import java.net.InetAddress;
import java.util.List;

/**
 * How a container resolves names beyond its networks: {@code HostConfig.ExtraHosts}
 * ({@code --add-host host:ip}, {@code host-gateway} for the default bridge's gateway) and
 * {@code Dns}, {@code DnsSearch}, {@code DnsOptions}. Each list is kept as the client sent it,
 * {@code null} when it sent none, for inspect. {@code domainname}: {@code Config.Domainname}, which
 * dockerd writes into the container's own {@code /etc/hosts} record ({@code h.example.com h});
 * empty when none.
 */
public record NameResolution(
    @JsonProperty("extraHosts") List<String> extraHosts,
    @JsonProperty("dns") List<String> dns,
    @JsonProperty("dnsSearch") List<String> dnsSearch,
    @JsonProperty("dnsOptions") List<String> dnsOptions,
    @JsonProperty("domainname") String domainname) {
  /** dockerd's name for the host's address as the default bridge sees it. */
  public static final String HOST_GATEWAY = "host-gateway";
  public static final NameResolution NONE = new NameResolution(null, null, null, null);

  /** Settings without a domain name. */
  public NameResolution(List<String> extraHosts, List<String> dns, List<String> dnsSearch, List<String> dnsOptions) {
    this(extraHosts, dns, dnsSearch, dnsOptions, "");
  }

  public NameResolution {
    domainname = domainname == null ? "" : domainname;
    extraHosts = extraHosts == null ? null : List.copyOf(extraHosts);
    dns = dns == null ? null : List.copyOf(dns);
    dnsSearch = dnsSearch == null ? null : List.copyOf(dnsSearch);
    dnsOptions = dnsOptions == null ? null : List.copyOf(dnsOptions);
  }

  /** One {@code /etc/hosts} record of {@code ExtraHosts}. */
  public record HostEntry(String host, String ip) {}

  /**
   * The {@code ExtraHosts} entries, checked as dockerd checks them at create: {@code host:ip} split
   * at the first colon (an IPv6 address keeps its own), a name, and an IP address or
   * {@code host-gateway}.
   */
  public List<HostEntry> hostEntries() {
    if (extraHosts == null) {
      return List.of();
    }
    return extraHosts.stream().map(NameResolution::hostEntry).toList();
  }

  private static HostEntry hostEntry(String value) {
    int colon = value.indexOf(':');
    if (colon <= 0) {
      throw new DrydockException.InvalidArgument("bad format for add-host: \"" + value + "\"");
    }
    String ip = value.substring(colon + 1);
    if (!ip.equals(HOST_GATEWAY) && !isIpAddress(ip)) {
      throw new DrydockException.InvalidArgument("invalid IP address in add-host: \"" + ip + "\"");
    }
    return new HostEntry(value.substring(0, colon), ip);
  }

  /** Go's {@code net.ParseIP}: dotted IPv4 of four decimal parts, or an IPv6 literal (never a name lookup). */
  static boolean isIpAddress(String s) {
    if (s.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
      return java.util.Arrays.stream(s.split("\\.")).allMatch(p -> Integer.parseInt(p) <= 255 && (p.length() == 1 || p.charAt(0) != '0'));
    }
    if (!s.contains(":") || !s.matches("[0-9a-fA-F:.]+")) {
      return false;
    }
    try {
      InetAddress.getByName(s); // a literal with a colon is parsed, never looked up
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** Whether the container asked for any resolver setting (then resolv.conf is built from them). */
  boolean customResolver() {
    return dns != null && !dns.isEmpty() || dnsSearch != null && !dnsSearch.isEmpty() || dnsOptions != null && !dnsOptions.isEmpty();
  }
}
