package io.drydock.api.containers;

import io.drydock.api.dto.ContainerCreateOptions;
import io.drydock.engine.container.ContainerOptions;
import io.drydock.engine.container.DeviceRequest;
import io.drydock.engine.spec.SystemPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ContainerCreateOptions} → the engine's {@link ContainerOptions} and {@link SystemPaths},
 * and back to inspect's {@code HostConfig} entries, spelled as dockerd 20.10 shows them; these
 * replace {@link UnmodelledHostConfig}'s "not set" values of the same keys.
 */
final class OptionsTranslator {
  private OptionsTranslator() {}

  static ContainerOptions options(ContainerCreateOptions o) {
    ContainerCreateOptions.Host h = host(o);
    List<DeviceRequest> requests = h.deviceRequests() == null ? null : h.deviceRequests().stream()
        .map(d -> new DeviceRequest(d.driver(), d.count() == null ? 0 : d.count(), d.deviceIds(), d.capabilities(), d.options())).toList();
    return new ContainerOptions(o.macAddress(), h.runtime(), requests, o.shell(), Boolean.TRUE.equals(o.argsEscaped()), o.onBuild(),
        Boolean.TRUE.equals(o.networkDisabled()), h.isolation(), h.usernsMode(), h.cgroup(), h.volumeDriver(), h.containerIdFile(),
        h.consoleSize());
  }

  static SystemPaths systemPaths(ContainerCreateOptions o) {
    return new SystemPaths(host(o).maskedPaths(), host(o).readonlyPaths());
  }

  static Map<String, String> storageOpt(ContainerCreateOptions o) {
    return host(o).storageOpt();
  }

  private static ContainerCreateOptions.Host host(ContainerCreateOptions o) {
    return o.hostConfig() != null ? o.hostConfig()
        : new ContainerCreateOptions.Host(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Inspect's {@code HostConfig} entries of the options; {@code runtime} is the one shown ("" leaves the key out, as dockerd before a start). */
  static Map<String, Object> hostConfig(ContainerOptions o, String runtime) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ContainerIDFile", o.containerIdFile());
    m.put("VolumeDriver", o.volumeDriver());
    m.put("Cgroup", o.cgroup());
    m.put("UsernsMode", o.usernsMode());
    if (!runtime.isEmpty()) {
      m.put("Runtime", runtime);
    }
    m.put("ConsoleSize", o.consoleSize());
    m.put("Isolation", o.isolation());
    m.put("DeviceRequests", o.deviceRequests() == null ? null : o.deviceRequests().stream().map(OptionsTranslator::deviceRequest).toList());
    return m;
  }

  private static Map<String, Object> deviceRequest(DeviceRequest d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Driver", d.driver());
    m.put("Count", d.count());
    m.put("DeviceIDs", d.deviceIds());
    m.put("Capabilities", d.capabilities());
    m.put("Options", d.options());
    return m;
  }
}
