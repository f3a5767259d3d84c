package io.drydock.api.containers;

import io.drydock.engine.spec.HostSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HostConfig fields of inspect that drydock has no setting for, with what it really applies,
 * spelled as dockerd 20.10 shows a container that did not set them: no DNS settings (the DNS
 * fields, {@code ExtraHosts}, {@code VolumesFrom} and {@code Links} as the container's wiring keeps
 * them replace these in inspect, {@code WiringTranslator.inspect}), none of the Windows-only
 * {@code CpuCount}, {@code CpuPercent} and {@code IOMaximum*}, and the masked and read-only paths
 * the spec applies ({@code SystemPaths}). The create's options ({@code OptionsTranslator.hostConfig})
 * replace the entries of the fields they hold; the block I/O, swappiness, kernel memory, memory
 * node and realtime fields are the container's own ({@code TuningTranslation}).
 */
final class UnmodelledHostConfig {
  private UnmodelledHostConfig() {}

  static Map<String, Object> of(HostSettings h) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String empty : List.of("Dns", "DnsOptions", "DnsSearch")) {
      m.put(empty, List.of());
    }
    for (String zero : List.of("CpuCount", "CpuPercent", "IOMaximumBandwidth", "IOMaximumIOps")) {
      m.put(zero, 0);
    }
    for (String none : List.of("Cgroup", "ContainerIDFile", "UsernsMode", "VolumeDriver")) {
      m.put(none, "");
    }
    for (String nil : List.of("DeviceRequests", "ExtraHosts", "Links", "VolumesFrom")) {
      m.put(nil, null);
    }
    m.put("ConsoleSize", List.of(0, 0));
    m.put("MaskedPaths", h.systemPaths().masked(h.privileged()));
    m.put("ReadonlyPaths", h.systemPaths().readonly(h.privileged()));
    return m;
  }
}
