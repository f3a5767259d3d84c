package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /etc/hosts}, {@code /etc/resolv.conf} and {@code /etc/hostname} drydock writes per
 * container (under the container's directory) for the container service to bind-mount, like
 * dockerd's. On user networks the resolver is the embedded DNS at {@code 127.0.0.11}; otherwise
 * the host's resolv.conf without loopback nameservers (they would point into the container's own
 * namespace), and Google's public servers only when nothing is left, as Docker does.
 */
public final class EtcFiles {
  /** The three files' paths. */
  public record Paths(Path hosts, Path resolvConf, Path hostname) {}

  private EtcFiles() {}

  public static String hosts(String hostname, List<Ipv4> addresses) {
    return hosts(hostname, "", addresses, List.of());
  }

  /**
   * As dockerd 20.10 writes it: the defaults, then {@code ExtraHosts} ({@code extra}, gateway
   * resolved), then one record per address of the container's own: {@code host.domain host} when
   * it has a {@code Domainname}, else the hostname alone (its network aliases are the embedded
   * DNS's, not this file's).
   */
  public static String hosts(String hostname, String domainname, List<Ipv4> addresses, List<NameResolution.HostEntry> extra) {
    StringBuilder b = new StringBuilder();
    b.append("127.0.0.1\tlocalhost\n");
    b.append("::1\tlocalhost ip6-localhost ip6-loopback\n");
    b.append("fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n");
    extra.forEach(e -> b.append(e.ip()).append('\t').append(e.host()).append('\n'));
    String names = domainname.isEmpty() ? hostname : hostname + "." + domainname + " " + hostname;
    for (Ipv4 a : addresses) {
      b.append(a).append('\t').append(names).append('\n');
    }
    return b.toString();
  }

  /**
   * With {@code Dns}, {@code DnsSearch} or {@code DnsOptions} set, dockerd builds the file from
   * them, each missing one taken from the host's: {@code search}, the nameservers, {@code options}
   * (a search of {@code .} means none). On a user network the nameserver stays the embedded one,
   * which keeps {@code ndots:0} unless an ndots option is given.
   */
  public static String resolvConf(String hostResolvConf, boolean embeddedDns, NameResolution names) {
    if (!names.customResolver()) {
      return resolvConf(hostResolvConf, embeddedDns);
    }
    List<String> servers = new ArrayList<>();
    List<String> search = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (String line : hostResolvConf.split("\n")) {
      String[] f = line.trim().split("\\s+");
      List<String> rest = List.of(f).subList(1, f.length);
      switch (f[0]) {
        case "nameserver" -> servers.addAll(rest.stream().limit(1).filter(a -> !isLoopback(a)).toList());
        case "search" -> search = new ArrayList<>(rest);
        case "options" -> options.addAll(rest);
        default -> { }
      }
    }
    if (names.dns() != null && !names.dns().isEmpty()) {
      servers = names.dns();
    }
    if (names.dnsSearch() != null && !names.dnsSearch().isEmpty()) {
      search = names.dnsSearch().stream().filter(d -> !d.equals(".")).toList();
    }
    if (names.dnsOptions() != null && !names.dnsOptions().isEmpty()) {
      options = new ArrayList<>(names.dnsOptions());
    }
    if (embeddedDns) {
      servers = List.of("127.0.0.11");
      if (options.stream().noneMatch(o -> o.startsWith("ndots:"))) {
        options.add("ndots:0");
      }
    }
    StringBuilder b = new StringBuilder();
    if (!search.isEmpty()) {
      b.append("search ").append(String.join(" ", search)).append('\n');
    }
    servers.forEach(n -> b.append("nameserver ").append(n).append('\n'));
    if (!options.isEmpty()) {
      b.append("options ").append(String.join(" ", options)).append('\n');
    }
    return b.toString();
  }

  public static String resolvConf(String hostResolvConf, boolean embeddedDns) {
    List<String> out = new ArrayList<>();
    List<String> nameservers = new ArrayList<>();
    for (String line : hostResolvConf.split("\n")) {
      String t = line.trim();
      if (t.startsWith("nameserver")) {
        String[] f = t.split("\\s+");
        if (f.length > 1 && !isLoopback(f[1])) {
          nameservers.add(f[1]);
        }
      } else if (t.startsWith("search") || t.startsWith("options") || t.startsWith("domain")) {
        out.add(t);
      }
    }
    List<String> result = new ArrayList<>();
    if (embeddedDns) {
      result.add("nameserver 127.0.0.11");
      out.stream().filter(l -> !l.startsWith("options")).forEach(result::add);
      result.add("options ndots:0");
    } else {
      if (nameservers.isEmpty()) {
        nameservers = List.of("8.8.8.8", "8.8.4.4");
      }
      nameservers.forEach(n -> result.add("nameserver " + n));
      result.addAll(out);
    }
    return String.join("\n", result) + "\n";
  }

  private static boolean isLoopback(String address) {
    return address.startsWith("127.") || address.equals("::1");
  }

  /** Writes the three files into {@code dir} with the container's own resolver settings, domain and {@code ExtraHosts} records, and returns their paths. */
  public static Paths write(Path dir, String hostname, List<Ipv4> addresses, boolean embeddedDns, Path hostResolvConf,
      NameResolution names, List<NameResolution.HostEntry> extraHosts) {
    try {
      Files.createDirectories(dir);
      String host = Files.exists(hostResolvConf) ? Files.readString(hostResolvConf) : "";
      Paths p = new Paths(dir.resolve("hosts"), dir.resolve("resolv.conf"), dir.resolve("hostname"));
      Files.writeString(p.hosts(), hosts(hostname, names.domainname(), addresses, extraHosts));
      Files.writeString(p.resolvConf(), resolvConf(host, embeddedDns, names));
      Files.writeString(p.hostname(), hostname + "\n");
      return p;
    } catch (IOException e) {
      throw new DrydockException.SystemError("write /etc files for " + hostname + " into " + dir + ": " + e.getMessage(), e);
    }
  }
}
