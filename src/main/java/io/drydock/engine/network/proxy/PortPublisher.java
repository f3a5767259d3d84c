package io.drydock.engine.network.proxy;

import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.port.PortAllocator;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published ports of running containers: allocates each host port and starts its proxy. All
 * or nothing — when one port of a container cannot be had, the ports and proxies already set up
 * for it are released and the error is thrown, so no container runs half-published.
 */
public final class PortPublisher {
  private record Published(PortMapping mapping, Proxy proxy) {}

  private final PortAllocator allocator;
  private final Map<String, List<Published>> byContainer = new ConcurrentHashMap<>();

  public PortPublisher(PortAllocator allocator) {
    this.allocator = allocator;
  }

  public List<PortMapping> publish(String containerId, List<PortRequest> requests, Ipv4 containerIp) {
    List<Published> done = new ArrayList<>();
    try {
      for (PortRequest r : requests) {
        PortMapping m = allocator.allocate(r);
        try {
          done.add(new Published(m, UserlandProxy.start(m, containerIp)));
        } catch (RuntimeException e) {
          allocator.release(m);
          throw e;
        }
      }
    } catch (RuntimeException e) {
      release(done);
      throw e;
    }
    byContainer.merge(containerId, done, (a, b) -> {
      List<Published> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    });
    return done.stream().map(Published::mapping).toList();
  }

  public List<PortMapping> published(String containerId) {
    return byContainer.getOrDefault(containerId, List.of()).stream().map(Published::mapping).toList();
  }

  /** Closes the container's proxies and frees its host ports. */
  public void unpublish(String containerId) {
    List<Published> list = byContainer.remove(containerId);
    if (list != null) {
      release(list);
    }
  }

  private void release(List<Published> list) {
    for (Published p : list) {
      p.proxy().close();
      allocator.release(p.mapping());
    }
  }
}
