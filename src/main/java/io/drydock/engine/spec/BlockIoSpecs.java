package io.drydock.engine.spec;

import io.drydock.engine.container.BlockIo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's {@link BlockIo} → OCI {@code linux.resources.blockIO}, as dockerd's
 * {@code WithResources} builds it: each device path as the numbers {@code stat} found for it when the
 * container started ({@code numbers}, which holds every path of {@code io}), the weight only when
 * set. Pure.
 */
final class BlockIoSpecs {
  private BlockIoSpecs() {}

  /** The section, or null when {@code io} sets nothing. */
  static io.drydock.runtime.spec.BlockIo of(BlockIo io, Map<String, DeviceNumber> numbers) {
    List<Map<String, Object>> weights = new ArrayList<>();
    for (BlockIo.WeightDevice d : io.weightDevice() == null ? List.<BlockIo.WeightDevice>of() : io.weightDevice()) {
      Map<String, Object> m = device(numbers, d.path());
      m.put("weight", d.weight());
      weights.add(m);
    }
    List<List<Map<String, Object>>> throttles = new ArrayList<>();
    for (List<BlockIo.Throttle> list : io.throttles()) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (BlockIo.Throttle t : list) {
        Map<String, Object> m = device(numbers, t.path());
        m.put("rate", t.rate());
        out.add(m);
      }
      throttles.add(out);
    }
    if (io.weight() == 0 && weights.isEmpty() && throttles.stream().allMatch(List::isEmpty)) {
      return null;
    }
    return new io.drydock.runtime.spec.BlockIo(io.weight() == 0 ? null : io.weight(), null, orNull(weights), orNull(throttles.get(0)),
        orNull(throttles.get(1)), orNull(throttles.get(2)), orNull(throttles.get(3)), null);
  }

  private static Map<String, Object> device(Map<String, DeviceNumber> numbers, String path) {
    DeviceNumber n = numbers.get(path);
    if (n == null) {
      throw new IllegalStateException("no device numbers were looked up for " + path);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("major", n.major());
    m.put("minor", n.minor());
    return m;
  }

  private static <T> List<T> orNull(List<T> l) {
    return l.isEmpty() ? null : l;
  }
}
