package io.drydock.api.containers;

import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.OciSpecBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HostConfig fields of inspect that drydock has no setting for, with what it really applies,
 * spelled as dockerd 20.10 shows a container that did not set them: no blkio, DNS or
 * realtime settings (the DNS fields, {@code ExtraHosts}, {@code VolumesFrom} and {@code Links} as
 * the container's wiring keeps them replace these in inspect, {@code WiringTranslator.inspect}),
 * and the masked and read-only paths of the spec unless privileged. Left out:
 * {@code Isolation} and {@code MemorySwappiness}, whose dockerd values ({@code ""}, {@code null})
 * the swagger does not allow, and {@code Runtime} (dockerd's names runc).
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
    m.put("MaskedPaths", h.privileged() ? null : OciSpecBuilder.maskedPaths());
    m.put("ReadonlyPaths", h.privileged() ? null : OciSpecBuilder.readonlyPaths());
    return m;
  }
}
