package io.drydock.runtime.cgroup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads {@link CgroupStats} from the v2 files of one container's cgroup. */
final class V2StatsReader {
  private final CgroupFs fs;
  private final Path dir;

  V2StatsReader(CgroupFs fs, Path dir) {
    this.fs = fs;
    this.dir = dir;
  }

  CgroupStats read() {
    Map<String, Long> events = keyed("memory.events");
    Map<String, Long> stat = keyed("memory.stat");
    CgroupStats.Memory memory = new CgroupStats.Memory(
        number("memory.current"),
        text("memory.max").map(StatFiles::number).orElse(-1L),
        number("memory.peak"),
        events.getOrDefault("max", 0L),
        stat.getOrDefault("file", 0L),
        events.getOrDefault("oom_kill", 0L),
        stat);
    Map<String, Long> cpu = keyed("cpu.stat");
    CgroupStats.Cpu cpuStats = new CgroupStats.Cpu(
        cpu.getOrDefault("usage_usec", 0L) * 1000,
        cpu.getOrDefault("user_usec", 0L) * 1000,
        cpu.getOrDefault("system_usec", 0L) * 1000,
        cpu.getOrDefault("nr_periods", 0L),
        cpu.getOrDefault("nr_throttled", 0L),
        cpu.getOrDefault("throttled_usec", 0L) * 1000,
        java.util.List.of());
    CgroupStats.Pids pids = new CgroupStats.Pids(number("pids.current"),
        text("pids.max").map(StatFiles::number).orElse(-1L));
    return new CgroupStats(memory, cpuStats, pids, new CgroupStats.Blkio(StatFiles.v2IoStat(text("io.stat").orElse("")), java.util.List.of()));
  }

  private long number(String file) {
    return text(file).map(StatFiles::number).orElse(0L);
  }

  private Map<String, Long> keyed(String file) {
    return text(file).map(StatFiles::flatKeyed).orElse(Map.of());
  }

  private Optional<String> text(String file) {
    Path path = dir.resolve(file);
    return fs.exists(path) ? Optional.of(fs.read(path)) : Optional.empty();
  }
}
