package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonStream;
import io.drydock.api.dto.ContainerStatsResponse;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.container.service.ContainerUsage;
import io.drydock.engine.network.InterfaceCounters;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /containers/{id}/stats}: one sample ({@code one-shot}), a sample whose {@code
 * precpu_stats} were read a second before ({@code stream=false}; both as one JSON body with a
 * length, not a stream), or a sample a second until the client
 * leaves or the container stops. A stopped container reports zeros, as dockerd does, and so does
 * one whose cgroup cannot be read (drydock's runtime does not create cgroups yet).
 */
final class StatsRoute {
  static final Duration INTERVAL = Duration.ofSeconds(1);

  private final ContainerService containers;

  StatsRoute(ContainerService containers) {
    this.containers = containers;
  }

  void containerStats(ApiRequest request, ApiResponse response) {
    StoredContainer c = containers.inspect(request.pathParam("id"));
    String ref = c.record().id().value();
    boolean stream = request.queryParam("stream").isEmpty() || request.boolParam("stream");
    boolean oneShot = request.boolParam("one-shot");
    Optional<ContainerUsage> previous = safeStats(ref);
    if (oneShot || !stream) {
      // One complete body with its length, as dockerd sends it.
      ContainerStatsResponse sample = oneShot ? translate(c, previous, Optional.empty(), safeNetworks(ref)) : secondSample(c, ref, previous);
      response.json(HttpResponseStatus.OK, sample);
      return;
    }
    JsonStream out = response.openJsonStream(HttpResponseStatus.OK);
    boolean[] gone = new boolean[1];
    out.onClose(() -> gone[0] = true);
    do {
      sleep();
      Optional<ContainerUsage> now = safeStats(ref);
      out.send(translate(c, now, previous, safeNetworks(ref)));
      previous = now;
    } while (stream && !gone[0] && previous.isPresent());
    out.close();
  }

  private ContainerStatsResponse secondSample(StoredContainer c, String ref, Optional<ContainerUsage> previous) {
    sleep();
    Optional<ContainerUsage> now = safeStats(ref);
    return translate(c, now, previous, safeNetworks(ref));
  }

  /** dockerd, too, leaves the networks out of a sample when it cannot read them. */
  private Map<String, InterfaceCounters> safeNetworks(String ref) {
    try {
      return containers.networkUsage(ref);
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  private Optional<ContainerUsage> safeStats(String ref) {
    try {
      return containers.stats(ref);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ContainerStatsResponse translate(StoredContainer c, Optional<ContainerUsage> now, Optional<ContainerUsage> before,
      Map<String, InterfaceCounters> networks) {
    Map<String, Object> memory = new LinkedHashMap<>();
    now.ifPresent(s -> {
      memory.put("usage", s.memoryUsage());
      memory.put("max_usage", s.memoryMaxUsage());
      memory.put("limit", s.memoryLimit());
      memory.put("failcnt", s.memoryFailcnt());
      memory.put("stats", memoryStat(s));
    });
    return new ContainerStatsResponse(now.map(s -> s.read().toString()).orElse("0001-01-01T00:00:00Z"),
        before.map(s -> s.read().toString()).orElse("0001-01-01T00:00:00Z"), Map.of("current", now.map(ContainerUsage::pidsCurrent).orElse(0L)),
        blkio(now), 0, cpu(now), cpu(before), memory, c.record().name(), c.record().id().value(), networks(networks));
  }

  /** {@code networks}: by interface name, sorted as Go encodes a map. */
  static Map<String, ContainerStatsResponse.NetworkStats> networks(Map<String, InterfaceCounters> networks) {
    Map<String, ContainerStatsResponse.NetworkStats> out = new java.util.TreeMap<>();
    networks.forEach((name, c) -> out.put(name, new ContainerStatsResponse.NetworkStats(c.rxBytes(), c.rxPackets(), c.rxErrors(),
        c.rxDropped(), c.txBytes(), c.txPackets(), c.txErrors(), c.txDropped())));
    return out;
  }

  /**
   * {@code blkio_stats} as dockerd 20.10 writes it on cgroup v1: every list, those the throttle
   * files fill ({@code io_service_bytes_recursive}, {@code io_serviced_recursive}: each device's
   * Read, Write, Sync, Async, Discard and Total) and the CFQ ones this kernel's controller has no
   * file for, empty.
   */
  static Map<String, Object> blkio(Optional<ContainerUsage> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("io_service_bytes_recursive", ioList(s.map(ContainerUsage::ioServiceBytes).orElse(List.of())));
    m.put("io_serviced_recursive", ioList(s.map(ContainerUsage::ioServiced).orElse(List.of())));
    for (String empty : List.of("io_queue_recursive", "io_service_time_recursive", "io_wait_time_recursive", "io_merged_recursive",
        "io_time_recursive", "sectors_recursive")) {
      m.put(empty, List.of());
    }
    return m;
  }

  private static List<Map<String, Object>> ioList(List<ContainerUsage.Io> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ContainerUsage.Io e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("major", e.major());
      m.put("minor", e.minor());
      m.put("op", e.op());
      m.put("value", e.value());
      out.add(m);
    }
    return out;
  }

  /**
   * The cgroup's {@code memory.stat}, whole and sorted by key as Go encodes a map, as dockerd
   * reports it (the docker CLI subtracts {@code total_inactive_file} on v1, {@code inactive_file}
   * on v2); a source without it gives the page cache alone and no inactive file pages.
   */
  static Map<String, Long> memoryStat(ContainerUsage s) {
    if (s.memoryStat().isEmpty()) {
      return Map.of("cache", s.memoryCache(), "total_inactive_file", 0L);
    }
    return new java.util.TreeMap<>(s.memoryStat());
  }

  static ContainerStatsResponse.CpuStats cpu(Optional<ContainerUsage> s) {
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("total_usage", s.map(ContainerUsage::cpuTotalNanos).orElse(0L));
    s.map(ContainerUsage::cpuPerCpuNanos).filter(l -> !l.isEmpty()).ifPresent(l -> usage.put("percpu_usage", l));
    usage.put("usage_in_kernelmode", s.map(ContainerUsage::cpuSystemNanos).orElse(0L));
    usage.put("usage_in_usermode", s.map(ContainerUsage::cpuUserNanos).orElse(0L));
    return new ContainerStatsResponse.CpuStats(usage, s.map(ContainerUsage::systemCpuNanos).orElse(0L), s.map(ContainerUsage::onlineCpus).orElse(0),
        throttling(s.map(ContainerUsage::throttling).orElse(ContainerUsage.Throttling.NONE)));
  }

  /** {@code throttling_data} as dockerd writes it, from the cgroup's {@code cpu.stat}. */
  private static Map<String, Long> throttling(ContainerUsage.Throttling t) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("periods", t.periods());
    m.put("throttled_periods", t.throttledPeriods());
    m.put("throttled_time", t.throttledNanos());
    return m;
  }
}
