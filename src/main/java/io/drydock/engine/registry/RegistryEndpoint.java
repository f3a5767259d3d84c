package io.drydock.engine.registry;

import java.net.URI;
import java.util.Locale;

/**
 * Where the registry of a reference domain answers (pure): Docker Hub's {@code docker.io} is
 * {@code registry-1.docker.io}; http is used only for loopback hosts (127.0.0.0/8, ::1,
 * localhost) and configured insecure registries, https (JDK TLS) for everything else.
 */
public record RegistryEndpoint(String domain, URI base) {
  public static final String DOCKER_HUB_HOST = "registry-1.docker.io";

  public static RegistryEndpoint of(String domain, RegistryConfig config) {
    String host = domain.equals("docker.io") || domain.equals("index.docker.io") ? DOCKER_HUB_HOST : domain;
    String scheme = isLoopback(host) || isInsecure(domain, config) ? "http" : "https";
    return new RegistryEndpoint(domain, URI.create(scheme + "://" + host));
  }

  private static boolean isInsecure(String domain, RegistryConfig config) {
    String hostOnly = hostOf(domain);
    return config.insecureRegistries().contains(domain) || config.insecureRegistries().contains(hostOnly);
  }

  /** Whether a {@code host[:port]} names the loopback interface, decided from the text alone (no DNS). */
  public static boolean isLoopback(String hostPort) {
    String host = hostOf(hostPort).toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = host.split("\\.");
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static String hostOf(String hostPort) {
    if (hostPort.startsWith("[")) {
      int end = hostPort.indexOf(']');
      return end < 0 ? hostPort : hostPort.substring(1, end);
    }
    int colon = hostPort.lastIndexOf(':');
    return colon < 0 || hostPort.indexOf(':') != colon ? hostPort : hostPort.substring(0, colon);
  }

  public boolean secure() {
    return base.getScheme().equals("https");
  }

  /** {@code /v2/<path>/<kind>/<reference>} on this registry. */
  public URI resolve(String relative) {
    return URI.create(base + relative);
  }
}
