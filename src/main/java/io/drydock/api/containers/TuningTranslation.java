package io.drydock.api.containers;

import io.drydock.api.dto.ResourceTuningFields;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.container.ResourceTuning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Swagger's finer resource fields ({@link ResourceTuningFields}) ↔ the engine's
 * {@link ResourceTuning}: in, with the refusals of Go's JSON decoding for dockerd's unsigned fields
 * (its words; dockerd 20.10 answers them with 500, drydock with 400) and -1 swappiness as "unset";
 * out, inspect's values as dockerd shows them (lists null when none were sent, swappiness null when
 * unset).
 */
final class TuningTranslation {
  private static final long UINT16_MAX = 65_535;

  private TuningTranslation() {}

  /** A create's {@code HostConfig} (Go's decoder names its fields {@code HostConfig.HostConfig.X}). */
  static ResourceTuning ofCreate(ResourceTuningFields f) {
    return of(f, "HostConfig", "HostConfig.");
  }

  /** An update's body (Go's decoder names its fields {@code UpdateConfig.X}). */
  static ResourceTuning ofUpdate(ResourceTuningFields f) {
    return of(f, "UpdateConfig", "");
  }

  /**
   * @param rootType the Go type of the decoded body, as dockerd's decoder names it in its errors
   * @param path the path of the fields below it ({@code HostConfig.} at create)
   */
  private static ResourceTuning of(ResourceTuningFields f, String rootType, String path) {
    if (f == null) {
      return ResourceTuning.NONE;
    }
    long weight = unsigned(f.blkioWeight(), UINT16_MAX, rootType + "." + path + "BlkioWeight", "uint16");
    List<BlockIo.WeightDevice> weightDevice = f.blkioWeightDevice() == null ? null : f.blkioWeightDevice().stream()
        .map(d -> d == null ? new BlockIo.WeightDevice("", 0)
            : new BlockIo.WeightDevice(d.path(), (int) unsigned(d.weight(), UINT16_MAX, "WeightDevice." + path + "BlkioWeightDevice.Weight", "uint16")))
        .toList();
    BlockIo io = new BlockIo((int) weight, weightDevice, throttles(f.blkioDeviceReadBps(), path + "BlkioDeviceReadBps"),
        throttles(f.blkioDeviceWriteBps(), path + "BlkioDeviceWriteBps"), throttles(f.blkioDeviceReadIOps(), path + "BlkioDeviceReadIOps"),
        throttles(f.blkioDeviceWriteIOps(), path + "BlkioDeviceWriteIOps"));
    Long swappiness = f.memorySwappiness() == null || f.memorySwappiness() == -1 ? null : f.memorySwappiness();
    return new ResourceTuning(swappiness, n(f.kernelMemory()), n(f.kernelMemoryTcp()), f.cpusetMems(), n(f.cpuRealtimePeriod()),
        n(f.cpuRealtimeRuntime()), io);
  }

  /** Inspect's {@code HostConfig} fields of {@code t}, under swagger's names. */
  static Map<String, Object> inspect(ResourceTuning t) {
    Map<String, Object> m = new LinkedHashMap<>();
    BlockIo io = t.blockIo();
    m.put("BlkioWeight", io.weight());
    m.put("BlkioWeightDevice", io.weightDevice() == null ? null
        : io.weightDevice().stream().map(d -> entry(d.path(), "Weight", d.weight())).toList());
    m.put("BlkioDeviceReadBps", throttles(io.readBps()));
    m.put("BlkioDeviceWriteBps", throttles(io.writeBps()));
    m.put("BlkioDeviceReadIOps", throttles(io.readIops()));
    m.put("BlkioDeviceWriteIOps", throttles(io.writeIops()));
    m.put("CpusetMems", t.cpusetMems());
    m.put("MemorySwappiness", t.memorySwappiness());
    m.put("KernelMemory", t.kernelMemory());
    m.put("KernelMemoryTCP", t.kernelMemoryTcp());
    m.put("CpuRealtimePeriod", t.cpuRealtimePeriod());
    m.put("CpuRealtimeRuntime", t.cpuRealtimeRuntime());
    return m;
  }

  private static List<Map<String, Object>> throttles(List<BlockIo.Throttle> l) {
    return l == null ? null : l.stream().map(t -> entry(t.path(), "Rate", t.rate())).toList();
  }

  /** One device entry in dockerd's order: {@code Path}, then the number. */
  private static Map<String, Object> entry(String path, String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Path", path);
    m.put(key, value);
    return m;
  }

  private static List<BlockIo.Throttle> throttles(List<ResourceTuningFields.ThrottleDevice> in, String field) {
    if (in == null) {
      return null;
    }
    return in.stream().map(t -> t == null ? new BlockIo.Throttle("", 0)
        : new BlockIo.Throttle(t.path(), unsigned(t.rate(), Long.MAX_VALUE, "ThrottleDevice." + field + ".Rate", "uint64"))).toList();
  }

  /** A number Go decodes into an unsigned field of {@code goType}, else its decoder's error. */
  private static long unsigned(Long v, long max, String field, String goType) {
    long value = n(v);
    if (value < 0 || value > max) {
      throw new DrydockException.InvalidArgument(
          "json: cannot unmarshal number " + value + " into Go struct field " + field + " of type " + goType);
    }
    return value;
  }

  private static long n(Long v) {
    return v == null ? 0 : v;
  }
}
