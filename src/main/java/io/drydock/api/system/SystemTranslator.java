package io.drydock.api.system;

import io.drydock.api.ApiVersion;
import io.drydock.api.dto.EventMessage;
import io.drydock.api.dto.ImageSummary;
import io.drydock.api.dto.SystemDataUsageResponse;
import io.drydock.api.dto.SystemVersion;
import io.drydock.api.dto.Volume;
import io.drydock.engine.events.Event;
import io.drydock.engine.events.EventType;
import io.drydock.engine.system.DataUsage;
import io.drydock.engine.system.EngineSettings;
import io.drydock.engine.system.HostFacts;
import io.drydock.engine.system.ResourceSupport;
import io.drydock.engine.system.RuntimeEntry;
import io.drydock.engine.system.SystemInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Engine records of the system view → swagger DTOs. Constants of the wire live here, not in the engine. */
final class SystemTranslator {
  static final String OS_TYPE = "linux";
  static final String INDEX_SERVER = "https://index.docker.io/v1/";

  private SystemTranslator() {}

  static SystemVersion version(HostFacts host, EngineSettings settings) {
    String goVersion = "java" + Runtime.version();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("ApiVersion", ApiVersion.CURRENT.text());
    details.put("Arch", goArch(host.architecture()));
    details.put("BuildTime", settings.buildTime());
    details.put("Experimental", "false");
    details.put("GitCommit", settings.gitCommit());
    details.put("GoVersion", goVersion);
    details.put("KernelVersion", host.kernelVersion());
    details.put("MinAPIVersion", ApiVersion.MINIMUM.text());
    details.put("Os", OS_TYPE);
    return new SystemVersion(
        new SystemVersion.Platform("drydock"),
        List.of(new SystemVersion.ComponentVersion("Engine", settings.version(), details)),
        settings.version(),
        ApiVersion.CURRENT.text(),
        ApiVersion.MINIMUM.text(),
        settings.gitCommit(),
        goVersion,
        OS_TYPE,
        goArch(host.architecture()),
        host.kernelVersion(),
        false,
        settings.buildTime());
  }

  /** Go's GOARCH for a kernel machine name: {@code x86_64} → {@code amd64}. */
  static String goArch(String machine) {
    return switch (machine.toLowerCase(Locale.ROOT)) {
      case "x86_64" -> "amd64";
      case "aarch64" -> "arm64";
      case "i686" -> "386";
      default -> machine;
    };
  }

  /** Every container gets Docker's default seccomp profile unless it asks otherwise (spec/seccomp.md). */
  static final List<String> SECURITY_OPTIONS = List.of("name=seccomp,profile=default");

  /** The volume and network drivers drydock has (built in, as dockerd's are), for {@code Plugins}. */
  static final List<String> VOLUME_DRIVERS = List.of("local");
  static final List<String> NETWORK_DRIVERS = List.of("bridge", "host", "null");

  static io.drydock.api.dto.SystemInfo info(SystemInfo info) {
    HostFacts host = info.host();
    EngineSettings s = info.settings();
    ResourceSupport r = host.resources();
    Map<String, io.drydock.api.dto.SystemInfo.Runtime> runtimes = new LinkedHashMap<>();
    for (RuntimeEntry e : s.runtimes()) {
      runtimes.put(e.name(), new io.drydock.api.dto.SystemInfo.Runtime(e.path(), e.args()));
    }
    io.drydock.api.dto.SystemInfo.Commit commit = new io.drydock.api.dto.SystemInfo.Commit(s.gitCommit(), s.gitCommit());
    return new io.drydock.api.dto.SystemInfo(
        s.engineId(),
        info.counts().containers(),
        info.counts().running(),
        info.counts().paused(),
        info.counts().stopped(),
        info.counts().images(),
        s.storageDriver(),
        List.of(List.of("Backing Filesystem", info.backingFilesystem())),
        s.dataRoot().toString(),
        new io.drydock.api.dto.SystemInfo.PluginsInfo(VOLUME_DRIVERS, NETWORK_DRIVERS, null, List.of(s.loggingDriver())),
        r.memoryLimit(),
        r.swapLimit(),
        r.tuning().kernelMemory(),
        r.tuning().kernelMemoryTcp(),
        r.cpuCfs(),
        r.cpuCfs(),
        r.cpuShares(),
        r.cpuSet(),
        r.pidsLimit(),
        r.oomKillDisable(),
        r.ipv4Forwarding(),
        false,
        false,
        s.debug(),
        info.openFiles(),
        info.threads(),
        info.systemTimeRfc3339(),
        s.loggingDriver(),
        s.cgroupDriver(),
        host.cgroupVersion().wireValue(),
        info.eventListeners(),
        host.kernelVersion(),
        host.operatingSystem(),
        host.osVersion(),
        OS_TYPE,
        host.architecture(),
        host.cpus(),
        host.memoryBytes(),
        INDEX_SERVER,
        registryConfig(),
        "",
        "",
        "",
        host.hostname(),
        List.of(),
        false,
        s.version(),
        runtimes,
        s.defaultRuntime(),
        new io.drydock.api.dto.SystemInfo.SwarmInfo("", "", "inactive", false, "", null),
        false,
        "",
        "",
        commit,
        commit,
        new io.drydock.api.dto.SystemInfo.Commit("", ""),
        SECURITY_OPTIONS,
        warnings(r));
  }

  private static io.drydock.api.dto.SystemInfo.RegistryServiceConfig registryConfig() {
    return new io.drydock.api.dto.SystemInfo.RegistryServiceConfig(
        List.of(),
        List.of(),
        List.of("127.0.0.0/8"),
        Map.of("docker.io", new io.drydock.api.dto.SystemInfo.IndexInfo("docker.io", List.of(), true, true)),
        List.of());
  }

  /** dockerd's warnings for limits the kernel cannot enforce. */
  static List<String> warnings(ResourceSupport r) {
    List<String> warnings = new ArrayList<>();
    if (!r.memoryLimit()) {
      warnings.add("WARNING: No memory limit support");
    }
    if (!r.swapLimit()) {
      warnings.add("WARNING: No swap limit support");
    }
    if (!r.cpuCfs()) {
      warnings.add("WARNING: No cpu cfs quota support");
      warnings.add("WARNING: No cpu cfs period support");
    }
    if (!r.cpuShares()) {
      warnings.add("WARNING: No cpu shares support");
    }
    if (!r.cpuSet()) {
      warnings.add("WARNING: No cpuset support");
    }
    if (!r.ipv4Forwarding()) {
      warnings.add("WARNING: IPv4 forwarding is disabled");
    }
    return warnings;
  }

  static EventMessage event(Event e) {
    boolean legacy = e.type() == EventType.CONTAINER || e.type() == EventType.IMAGE;
    String from = e.type() == EventType.CONTAINER ? e.actor().attributes().get("image") : null;
    return new EventMessage(
        legacy ? e.action() : null,
        legacy ? e.actor().id() : null,
        from,
        e.type().wireName(),
        e.action(),
        new EventMessage.EventActor(e.actor().id(), e.actor().attributes()),
        e.scope(),
        e.timeSeconds(),
        e.timeNano());
  }


  /**
   * The image rows of {@code /images/json} with what only the system tally knows: how many
   * containers use each image and the bytes it shares with other images.
   */
  static SystemDataUsageResponse dataUsage(DataUsage usage, List<ImageSummary> imageRows, List<Object> containerRows, List<Volume> volumeRows) {
    Map<String, DataUsage.ImageUsage> byId = new java.util.HashMap<>();
    usage.images().forEach(i -> byId.put(i.id(), i));
    List<ImageSummary> images = new ArrayList<>();
    for (ImageSummary i : imageRows) {
      DataUsage.ImageUsage u = byId.get(i.id());
      images.add(u == null ? i : new ImageSummary(i.id(), i.parentId(), i.repoTags(), i.repoDigests(), i.created(), i.size(), u.sharedBytes(),
          i.virtualSize(), i.labels(), u.containers()));
    }
    return new SystemDataUsageResponse(usage.layersSize(), images, containerRows, volumeRows, List.of());
  }
}
