package io.drydock.runtime.cgroup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads {@link CgroupStats} from the v1 files of one container's cgroup. */
final class V1StatsReader {
  /** v1 reports "no limit" as the largest page-aligned number; anything this large is unlimited. */
  private static final long V1_UNLIMITED_FLOOR = Long.MAX_VALUE - (1L << 20);

  private final CgroupFs fs;
  private final Function<String, Optional<Path>> dirOf;

  V1StatsReader(CgroupFs fs, Function<String, Optional<Path>> dirOf) {
    this.fs = fs;
    this.dirOf = dirOf;
  }

  CgroupStats read() {
    return new CgroupStats(memory(), cpu(),
        new CgroupStats.Pids(number("pids", "pids.current"), number("pids", "pids.max")), blkio());
  }

  private CgroupStats.Memory memory() {
    Map<String, Long> stat = keyed("memory", "memory.stat");
    long cache = stat.getOrDefault("total_cache", stat.getOrDefault("cache", 0L));
    return new CgroupStats.Memory(
        number("memory", "memory.usage_in_bytes"),
        limit(number("memory", "memory.limit_in_bytes")),
        number("memory", "memory.max_usage_in_bytes"),
        number("memory", "memory.failcnt"),
        cache,
        keyed("memory", "memory.oom_control").getOrDefault("oom_kill", 0L),
        stat);
  }

  private CgroupStats.Cpu cpu() {
    Map<String, Long> ticks = keyed("cpuacct", "cpuacct.stat");
    long nanosPerTick = 1_000_000_000L / StatFiles.USER_HZ;
    Map<String, Long> throttling = keyed("cpu", "cpu.stat");
    return new CgroupStats.Cpu(
        number("cpuacct", "cpuacct.usage"),
        ticks.getOrDefault("user", 0L) * nanosPerTick,
        ticks.getOrDefault("system", 0L) * nanosPerTick,
        throttling.getOrDefault("nr_periods", 0L),
        throttling.getOrDefault("nr_throttled", 0L),
        throttling.getOrDefault("throttled_time", 0L),
        text("cpuacct", "cpuacct.usage_percpu").map(StatFiles::numbers).orElse(List.of()));
  }

  /** The throttle policy's counts, which every v1 blkio controller keeps (dockerd reads the same files). */
  private CgroupStats.Blkio blkio() {
    return new CgroupStats.Blkio(StatFiles.v1Blkio(blkioFile("io_service_bytes")), StatFiles.v1Blkio(blkioFile("io_serviced")));
  }

  private String blkioFile(String name) {
    return text("blkio", "blkio.throttle." + name + "_recursive").or(() -> text("blkio", "blkio.throttle." + name)).orElse("");
  }

  private static long limit(long value) {
    return value >= V1_UNLIMITED_FLOOR ? -1 : value;
  }

  private long number(String controller, String file) {
    return text(controller, file).map(StatFiles::number).orElse(0L);
  }

  private Map<String, Long> keyed(String controller, String file) {
    return text(controller, file).map(StatFiles::flatKeyed).orElse(Map.of());
  }

  private Optional<String> text(String controller, String file) {
    return dirOf.apply(controller).map(d -> d.resolve(file)).filter(fs::exists).map(fs::read);
  }
}
