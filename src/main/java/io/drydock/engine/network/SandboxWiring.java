package io.drydock.engine.network;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which container sandboxes are wired, and which of their endpoints hold which interface
 * ({@code eth0}, {@code eth1}, ... in attach order): the bookkeeping between {@link Networks}'
 * endpoints and the {@link NetworkDriver} that puts them into network namespaces. Not
 * thread-safe: {@link Networks} holds its lock around every use.
 */
final class SandboxWiring {
  private final NetworkDriver driver;
  private final NetworkTable table;
  private final Map<String, Sandbox> sandboxes = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> plugged = new LinkedHashMap<>();

  SandboxWiring(NetworkDriver driver, NetworkTable table) {
    this.driver = driver;
    this.table = table;
  }

  /** Whether the container's sandbox is wired (it runs). */
  boolean wired(String containerId) {
    return sandboxes.containsKey(containerId);
  }

  /** Whether any of the containers is wired. */
  boolean anyWired(Collection<String> containerIds) {
    return containerIds.stream().anyMatch(sandboxes::containsKey);
  }

  /** Wires every bridge endpoint of the container into its sandbox. */
  void plug(Sandbox sandbox) {
    sandboxes.put(sandbox.containerId(), sandbox);
    Map<String, String> ifs = interfacesOf(sandbox.containerId());
    table.endpointsOf(sandbox.containerId()).forEach((net, ep) -> plugOne(sandbox, ifs, net, ep));
  }

  /** Wires one more endpoint into the container's wired sandbox. */
  void plugInto(String containerId, NetworkRecord net, EndpointRecord ep) {
    plugOne(sandboxes.get(containerId), interfacesOf(containerId), net, ep);
  }

  private Map<String, String> interfacesOf(String containerId) {
    return plugged.computeIfAbsent(containerId, k -> new LinkedHashMap<>());
  }

  private void plugOne(Sandbox sandbox, Map<String, String> ifs, NetworkRecord net, EndpointRecord ep) {
    if (!net.driver().equals("bridge") || sandbox.netnsPath().isEmpty() || !sandbox.owned() || ifs.containsKey(net.id())) {
      return;
    }
    String ifName = "eth" + ifs.size();
    driver.connect(sandbox, net, ep, ifName);
    ifs.put(net.id(), ifName);
  }

  /** Counts the bridge endpoints of a sandbox wired by an earlier daemon run as plugged; touches nothing. */
  void adopt(Sandbox sandbox) {
    sandboxes.put(sandbox.containerId(), sandbox);
    Map<String, String> ifs = interfacesOf(sandbox.containerId());
    if (sandbox.owned() && sandbox.netnsPath().isPresent()) {
      table.endpointsOf(sandbox.containerId()).forEach((net, ep) -> {
        if (net.driver().equals("bridge")) {
          ifs.put(net.id(), "eth" + ifs.size());
        }
      });
    }
  }

  /** Unwires one endpoint of the container, if it is wired. */
  void unplugOne(String containerId, NetworkRecord net, EndpointRecord ep) {
    Sandbox sandbox = sandboxes.get(containerId);
    Map<String, String> ifs = plugged.get(containerId);
    if (sandbox != null && ifs != null && ifs.remove(net.id()) != null) {
      driver.disconnect(sandbox, net, ep);
    }
  }

  /** Unwires all the container's endpoints and forgets the sandbox. */
  void unplug(String containerId) {
    Sandbox sandbox = sandboxes.remove(containerId);
    Map<String, String> ifs = plugged.remove(containerId);
    if (sandbox == null || ifs == null) {
      return;
    }
    table.endpointsOf(containerId).forEach((net, ep) -> {
      if (ifs.containsKey(net.id())) {
        driver.disconnect(sandbox, net, ep);
      }
    });
  }
}
