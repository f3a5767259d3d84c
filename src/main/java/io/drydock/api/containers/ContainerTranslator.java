package io.drydock.api.containers;

import io.drydock.api.dto.ContainerConfig;
import io.drydock.api.dto.ContainerInspectResponse;
import io.drydock.api.dto.ContainerState;
import io.drydock.api.dto.ContainerSummary;
import io.drydock.api.dto.GraphDriverData;
import io.drydock.api.dto.HostConfig;
import io.drydock.api.images.ImageTranslator;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.health.Health;
import io.drydock.engine.container.service.StartTraces;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.spec.HostSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Engine containers → the swagger's container DTOs. */
final class ContainerTranslator {
  private ContainerTranslator() {}

  /**
   * @param runtime {@code HostConfig.Runtime} as shown, "" for none
   * @param health the container's {@code State.Health}, empty without a health check
   */
  static ContainerInspectResponse inspect(StoredContainer c, String runtime, Optional<Health> health, StartTraces traces, String driver,
      Map<String, String> storageDirs, List<String> execIds) {
    ContainerRecord r = c.record();
    var s = r.state();
    ContainerStatus st = r.status();
    ContainerState state = new ContainerState(st.dockerName(), st.isRunning(), st == ContainerStatus.PAUSED, st == ContainerStatus.RESTARTING,
        s.oomKilled(), st == ContainerStatus.DEAD, s.pid(), s.exitCode(), s.error(), ImageTranslator.rfc3339(s.startedAt()),
        ImageTranslator.rfc3339(s.finishedAt()), HealthTranslator.state(health));
    Path dir = traces.dir();
    boolean etc = traces.etcFiles();
    return new ContainerInspectResponse(r.id().value(), ImageTranslator.rfc3339(r.created()), r.config().path(), r.config().args(), state,
        r.imageId(), etc ? dir.resolve("resolv.conf").toString() : "", etc ? dir.resolve("hostname").toString() : "",
        etc ? dir.resolve("hosts").toString() : "", traces.jsonLog().map(Path::toString).orElse(""), r.name(),
        s.restartCount(), driver, "linux", "", "", "", execIds.isEmpty() ? null : execIds, hostConfig(c, runtime), new GraphDriverData(driver, storageDirs), List.of(),
        config(c), networkSettings(c.host()));
  }

  static ContainerConfig config(StoredContainer c) {
    ContainerRecord r = c.record();
    var k = r.config();
    String hostname = r.hostname();
    // dockerd keeps a nil Env when neither the request nor the image had one, and shows it as null
    // as sent at create; a record from before they were kept shows what earlier versions derived
    AttachedStreams attach = k.attach() != null ? k.attach() : new AttachedStreams(false, !k.tty(), !k.tty());
    var o = c.options();
    return new ContainerConfig(hostname, k.domainname(), k.user(), attach.stdin(), attach.stdout(), attach.stderr(), null, k.tty(), k.openStdin(), k.stdinOnce(),
        k.env().isEmpty() ? null : k.env(),
        c.cmd().isEmpty() ? null : c.cmd(), r.image(), null, k.workingDir(), c.entrypoint().isEmpty() ? null : c.entrypoint(), o.onBuild(),
        o.networkDisabled() ? Boolean.TRUE : null, k.labels(), k.stopSignal(), k.stopTimeout(), HealthTranslator.config(k.healthcheck()),
        o.macAddress(), o.shell(), o.argsEscaped() ? Boolean.TRUE : null);
  }

  static HostConfig hostConfig(StoredContainer c) {
    return hostConfig(c, "");
  }

  static HostConfig hostConfig(StoredContainer c, String runtime) {
    ContainerResources x = c.record().resources();
    HostSettings h = c.host();
    var policy = c.record().restartPolicy();
    List<HostConfig.Ulimit> ulimits = new ArrayList<>();
    h.ulimits().forEach(u -> ulimits.add(new HostConfig.Ulimit(u.name(), u.soft(), u.hard())));
    return new HostConfig(null, h.networkMode().apiName(), Map.of(),
        new HostConfig.RestartPolicy(policy.mode().apiName(), policy.maximumRetryCount()), c.record().autoRemove(),
        h.capAdd().isEmpty() ? null : h.capAdd(), h.capDrop().isEmpty() ? null : h.capDrop(),
        h.privileged(), h.readonlyRootfs(), securityOpt(h), h.tmpfs().isEmpty() ? null : h.tmpfs(),
        h.init() ? Boolean.TRUE : null, new HostConfig.LogConfig(h.log().driver(), h.log().options()), x.memory(), x.memorySwap(), x.memoryReservation(),
        x.nanoCpus(), x.cpuShares(), x.cpuQuota(), x.cpuPeriod(), x.cpusetCpus(), pidsLimit(x.pidsLimit()), ulimits, h.cgroupParent(),
        h.groupAdd().isEmpty() ? null : h.groupAdd(), devices(h), h.deviceCgroupRules(), h.shmSizeBytes(),
        h.namespaces().pid().sent(), h.namespaces().ipc().shown(), h.namespaces().uts().sent(), h.namespaces().cgroupns().shown(), x.oomKillDisable(),
        h.tuning().sysctls(), h.tuning().oomScoreAdj(), unmodelled(c, runtime, x));
  }

  /** The fields HostConfig's DTO does not hold: the unmodelled ones, the finer resource settings and the create's options. */
  private static Map<String, Object> unmodelled(StoredContainer c, String runtime, ContainerResources x) {
    Map<String, Object> m = UnmodelledHostConfig.of(c.host());
    m.putAll(TuningTranslation.inspect(x.tuning()));
    m.putAll(OptionsTranslator.hostConfig(c.options(), runtime));
    return m;
  }

  /**
   * {@code PidsLimit} as dockerd 20.10 shows it: none at create (0 or less) is null, unlimited set
   * by an update (kept as -1) is 0.
   */
  static Long pidsLimit(long stored) {
    return stored == 0 ? null : stored < 0 ? Long.valueOf(0) : Long.valueOf(stored);
  }

  /** {@code Devices} as the client sent them; null when it sent none. */
  static List<HostConfig.DeviceMapping> devices(HostSettings h) {
    if (h.devices() == null) {
      return null;
    }
    return h.devices().stream().map(d -> new HostConfig.DeviceMapping(d.pathOnHost(), d.pathInContainer(), d.cgroupPermissions())).toList();
  }

  /** What the client sent; a container from before SecurityOpt was kept shows its no-new-privileges. */
  static List<String> securityOpt(HostSettings h) {
    if (!h.securityOpt().isEmpty()) {
      return h.securityOpt();
    }
    return h.noNewPrivileges() ? List.of("no-new-privileges") : null;
  }

  static Map<String, Object> networkSettings(HostSettings h) {
    return networkSettings("", "", Map.of(), "", "", "", 0, "", Map.of(h.networkMode() == HostSettings.NetworkMode.HOST ? "host" : "none", Map.of()));
  }

  /**
   * Inspect's {@code NetworkSettings} with every key dockerd 20.10 writes, in its order (a template
   * such as {@code {{.NetworkSettings.GlobalIPv6Address}}} then prints {@code ""}, not
   * {@code <no value>}); drydock has no IPv6, hairpin or secondary addresses.
   */
  static Map<String, Object> networkSettings(String sandboxId, String sandboxKey, Map<String, ?> ports, String endpointId, String gateway,
      String ip, int prefix, String mac, Map<String, ?> networks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Bridge", "");
    m.put("SandboxID", sandboxId);
    m.put("HairpinMode", false);
    m.put("LinkLocalIPv6Address", "");
    m.put("LinkLocalIPv6PrefixLen", 0);
    m.put("Ports", ports);
    m.put("SandboxKey", sandboxKey);
    m.put("SecondaryIPAddresses", null);
    m.put("SecondaryIPv6Addresses", null);
    m.put("EndpointID", endpointId);
    m.put("Gateway", gateway);
    m.put("GlobalIPv6Address", "");
    m.put("GlobalIPv6PrefixLen", 0);
    m.put("IPAddress", ip);
    m.put("IPPrefixLen", prefix);
    m.put("IPv6Gateway", "");
    m.put("MacAddress", mac);
    m.put("Networks", networks);
    return m;
  }

  static ContainerSummary summary(StoredContainer c, Instant now) {
    return summary(c, Optional.empty(), now);
  }

  static ContainerSummary summary(StoredContainer c, Optional<Health> health, Instant now) {
    ContainerRecord r = c.record();
    return new ContainerSummary(r.id().value(), List.of(r.name()), r.image(), r.imageId(), command(r.config().path(), r.config().args()),
        r.created().getEpochSecond(),
        List.of(), null, null, r.config().labels(), r.status().dockerName(), status(r, now) + (r.status() == ContainerStatus.RUNNING ? HealthTranslator.statusSuffix(health) : ""), Map.of("NetworkMode", c.host().networkMode().apiName()),
        Map.of("Networks", Map.of()), List.of());
  }

  /**
   * The {@code Command} column as dockerd's list writes it: the path, then each argument, one that
   * holds a space in single quotes (nothing else is quoted or escaped).
   */
  static String command(String path, List<String> args) {
    StringBuilder b = new StringBuilder(path);
    for (String a : args) {
      b.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
    }
    return b.toString();
  }

  /** The {@code Status} column: {@code Up 3 seconds}, {@code Exited (0) 2 minutes ago}, as dockerd words it. */
  static String status(ContainerRecord r, Instant now) {
    var s = r.state();
    return switch (r.status()) {
      case CREATED -> "Created";
      case RUNNING -> "Up " + human(Duration.between(s.startedAt(), now));
      case PAUSED -> "Up " + human(Duration.between(s.startedAt(), now)) + " (Paused)";
      case RESTARTING -> "Restarting (" + s.exitCode() + ") " + human(Duration.between(since(s.finishedAt(), now), now)) + " ago";
      case REMOVING -> "Removal In Progress";
      case DEAD -> "Dead";
      case EXITED -> s.finishedAt() == null ? "Exited (" + s.exitCode() + ")"
          : "Exited (" + s.exitCode() + ") " + human(Duration.between(s.finishedAt(), now)) + " ago";
    };
  }

  private static Instant since(Instant t, Instant now) {
    return t == null ? now : t;
  }

  /** go-units' HumanDuration. */
  static String human(Duration d) {
    long sec = Math.max(0, d.getSeconds());
    if (sec < 1) {
      return "Less than a second";
    } else if (sec == 1) {
      return "1 second";
    } else if (sec < 60) {
      return sec + " seconds";
    }
    long min = sec / 60;
    if (min == 1) {
      return "About a minute";
    } else if (min < 60) {
      return min + " minutes";
    }
    long hours = Math.round(sec / 3600.0);
    if (hours == 1) {
      return "About an hour";
    } else if (hours < 48) {
      return hours + " hours";
    } else if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    } else if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return hours / 24 / 365 + " years";
  }
}
