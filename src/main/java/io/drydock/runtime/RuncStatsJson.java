package io.drydock.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.runtime.cgroup.CgroupStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * runc's {@code events} JSON for stats ({@code {"type":"stats","id":ID,"data":{"cpu":…,"memory":…,
 * "pids":…,"blkio":…}}}, the shape of runc's {@code types.Stats}), written by {@code drydock
 * runtime events} and read back from any runc-compatible binary by {@link BinaryRuntime}. Fields
 * drydock does not measure (swap, kernel memory, hugetlb) are left out.
 */
public final class RuncStatsJson {
  private RuncStatsJson() {}

  /** The stats event of container {@code id}. */
  public static Map<String, Object> event(String id, CgroupStats s) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "stats");
    event.put("id", id);
    event.put("data", data(s));
    return event;
  }

  /** runc's {@code {"type":"oom","id":ID}} event. */
  public static Map<String, Object> oom(String id) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "oom");
    event.put("id", id);
    return event;
  }

  private static Map<String, Object> data(CgroupStats s) {
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("total", s.cpu().totalNanos());
    if (!s.cpu().perCpuNanos().isEmpty()) {
      usage.put("percpu", s.cpu().perCpuNanos());
    }
    usage.put("kernel", s.cpu().systemNanos());
    usage.put("user", s.cpu().userNanos());
    Map<String, Object> throttling = new LinkedHashMap<>();
    throttling.put("periods", s.cpu().periods());
    throttling.put("throttled_periods", s.cpu().throttledPeriods());
    throttling.put("throttled_time", s.cpu().throttledNanos());
    Map<String, Object> memUsage = new LinkedHashMap<>();
    memUsage.put("limit", s.memory().limit());
    memUsage.put("usage", s.memory().usage());
    memUsage.put("max", s.memory().maxUsage());
    memUsage.put("failcnt", s.memory().failcnt());
    Map<String, Object> memory = new LinkedHashMap<>();
    memory.put("cache", s.memory().cache());
    memory.put("usage", memUsage);
    memory.put("raw", Map.of("oom_kill", s.memory().oomKills()));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("cpu", Map.of("usage", usage, "throttling", throttling));
    data.put("memory", memory);
    data.put("pids", Map.of("current", s.pids().current(), "limit", s.pids().limit()));
    Map<String, Object> blkio = new LinkedHashMap<>();
    blkio.put("ioServiceBytesRecursive", s.blkio().serviceBytes().stream().map(RuncStatsJson::blkioEntry).toList());
    blkio.put("ioServicedRecursive", s.blkio().serviced().stream().map(RuncStatsJson::blkioEntry).toList());
    data.put("blkio", blkio);
    return data;
  }

  private static Map<String, Object> blkioEntry(CgroupStats.BlkioEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("major", e.major());
    m.put("minor", e.minor());
    m.put("op", e.op());
    m.put("value", e.value());
    return m;
  }

  /** The stats of a stats event's {@code data} object, as runc or drydock print it. */
  public static CgroupStats parse(JsonNode data) {
    JsonNode cpu = data.path("cpu");
    JsonNode mem = data.path("memory");
    JsonNode memUsage = mem.path("usage");
    CgroupStats.Memory memory = new CgroupStats.Memory(memUsage.path("usage").asLong(), memUsage.path("limit").asLong(),
        memUsage.path("max").asLong(), memUsage.path("failcnt").asLong(), mem.path("cache").asLong(),
        mem.path("raw").path("oom_kill").asLong());
    CgroupStats.Cpu c = new CgroupStats.Cpu(cpu.path("usage").path("total").asLong(), cpu.path("usage").path("user").asLong(),
        cpu.path("usage").path("kernel").asLong(), cpu.path("throttling").path("periods").asLong(),
        cpu.path("throttling").path("throttled_periods").asLong(), cpu.path("throttling").path("throttled_time").asLong(),
        longs(cpu.path("usage").path("percpu")));
    CgroupStats.Pids pids = new CgroupStats.Pids(data.path("pids").path("current").asLong(),
        data.path("pids").path("limit").asLong());
    CgroupStats.Blkio blkio = new CgroupStats.Blkio(blkioEntries(data.path("blkio").path("ioServiceBytesRecursive")),
        blkioEntries(data.path("blkio").path("ioServicedRecursive")));
    return new CgroupStats(memory, c, pids, blkio);
  }

  private static List<CgroupStats.BlkioEntry> blkioEntries(JsonNode list) {
    List<CgroupStats.BlkioEntry> out = new ArrayList<>();
    list.forEach(e -> out.add(new CgroupStats.BlkioEntry(e.path("major").asLong(), e.path("minor").asLong(), e.path("op").asText(""),
        e.path("value").asLong())));
    return out;
  }

  private static List<Long> longs(JsonNode list) {
    List<Long> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asLong()));
    return out;
  }
}
