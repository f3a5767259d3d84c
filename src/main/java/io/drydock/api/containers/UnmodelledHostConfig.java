package io.drydock.api.containers;

import io.drydock.engine.spec.HostSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HostConfig fields of inspect that drydock has no setting for, with what it really applies,
 * spelled as dockerd 20.10 shows a container that did not set them: no blkio, DNS or
 * realtime settings (the DNS fields, {@code ExtraHosts}, {@code VolumesFrom} and {@code Links} as
 * the container's wiring keeps them replace these in inspect, {@code WiringTranslator.inspect}),
 * and the masked and read-only paths the spec applies ({@code SystemPaths}). The create's options
 * ({@code OptionsTranslator.hostConfig}) replace the entries of the fields they hold. Left out:
 * {@code MemorySwappiness}, whose dockerd value ({@code null}) the swagger does not allow.
 */
final class UnmodelledHostConfig {
  private UnmodelledHostConfig() {}

  static Map<String, Object> of(HostSettings h) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String empty : List.of("BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps",
        "BlkioDeviceWriteIOps", "Dns", "DnsOptions", "DnsSearch")) {
      m.put(empty, List.of());
    }
    for (String zero : List.of("BlkioWeight", "CpuCount", "CpuPercent", "CpuRealtimePeriod", "CpuRealtimeRuntime", "IOMaximumBandwidth",
        "IOMaximumIOps", "KernelMemory", "KernelMemoryTCP")) {
      m.put(zero, 0);
    }
    for (String none : List.of("Cgroup", "ContainerIDFile", "CpusetMems", "UsernsMode", "VolumeDriver")) {
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
