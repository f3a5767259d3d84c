package io.drydock.api.containers;

import io.drydock.api.dto.ContainerCreateOptions;
import io.drydock.api.dto.ContainerCreateRequest;
import io.drydock.api.dto.ContainerCreateTuning;
import io.drydock.api.dto.HostConfig;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.container.service.CreateRequest;
import io.drydock.engine.spec.DeviceMapping;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.KernelTuning;
import io.drydock.engine.spec.NamespaceModes;
import io.drydock.engine.spec.SecurityOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code POST /containers/create}'s DTO → the engine's {@link CreateRequest}, with dockerd's refusals of what drydock cannot honour. */
final class CreateTranslator {
  private CreateTranslator() {}

  static CreateRequest request(Optional<String> name, ContainerCreateRequest b) {
    return request(name, b, new ContainerCreateOptions(null, null, null, null, null, null, null), new ContainerCreateTuning(null));
  }

  /**
   * With the body's {@link ContainerCreateOptions} and {@link ContainerCreateTuning} (the finer
   * resource settings, {@link TuningTranslation}), views of the same parsed body.
   */
  static CreateRequest request(Optional<String> name, ContainerCreateRequest b, ContainerCreateOptions o, ContainerCreateTuning tuning) {
    HostConfig h = b.hostConfig() == null ? emptyHostConfig() : b.hostConfig();
    // unlimited pids at create: none (null)
    ContainerResources resources = ResourceTranslation.of(h, Math.max(0, n(h.pidsLimit())), Boolean.TRUE.equals(h.oomKillDisable()))
        .withTuning(TuningTranslation.ofCreate(tuning.hostConfig()));
    RestartPolicy policy = h.restartPolicy() == null ? RestartPolicy.UNSET
        : RestartPolicy.of(h.restartPolicy().name(), h.restartPolicy().maximumRetryCount() == null ? 0 : h.restartPolicy().maximumRetryCount());
    boolean autoRemove = Boolean.TRUE.equals(h.autoRemove());
    if (autoRemove && !policy.isNone()) {
      throw new DrydockException.InvalidArgument("can't create 'AutoRemove' container with restart policy");
    }
    HostSettings host = new HostSettings(h.capAdd(), h.capDrop(), Boolean.TRUE.equals(h.privileged()), Boolean.TRUE.equals(h.readonlyRootfs()),
        SecurityOptions.parse(h.securityOpt()).noNewPrivileges(), h.tmpfs(), ulimits(h.ulimits()), networkMode(h.networkMode()),
        logMaxSize(h.logConfig()), logMaxFiles(h.logConfig()), Boolean.TRUE.equals(h.init()), h.securityOpt(), cgroupParent(h.cgroupParent()),
        h.groupAdd(), devices(h.devices()), deviceCgroupRules(h.deviceCgroupRules()), h.shmSize() == null ? 0 : h.shmSize(),
        NamespaceModes.of(h.pidMode(), h.ipcMode(), h.utsMode(), h.cgroupnsMode()),
        new KernelTuning(h.sysctls(), h.oomScoreAdj() == null ? 0 : h.oomScoreAdj()), OptionsTranslator.systemPaths(o));
    return new CreateRequest(name, b.image(), Optional.ofNullable(b.cmd()), Optional.ofNullable(b.entrypoint()), b.env(),
        s(b.workingDir()), s(b.user()), s(b.hostname()), Boolean.TRUE.equals(b.tty()), Boolean.TRUE.equals(b.openStdin()),
        Boolean.TRUE.equals(b.stdinOnce()), b.labels(), b.stopSignal(), b.stopTimeout(), resources, policy, autoRemove, host,
        new AttachedStreams(Boolean.TRUE.equals(b.attachStdin()), Boolean.TRUE.equals(b.attachStdout()), Boolean.TRUE.equals(b.attachStderr())),
        HealthTranslator.request(b.healthcheck()), o.domainname(), OptionsTranslator.options(o), OptionsTranslator.storageOpt(o));
  }

  /** {@code HostConfig.CgroupParent} as sent; empty for the daemon's parent. */
  static String cgroupParent(String parent) {
    if (parent == null || parent.isEmpty()) {
      return "";
    }
    if (io.drydock.engine.spec.CgroupParents.normalized(parent).isEmpty()) {
      throw new DrydockException.InvalidArgument("invalid CgroupParent \"" + parent + "\": give a path below the cgroup root");
    }
    return parent;
  }

  static HostConfig emptyHostConfig() {
    return new HostConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * {@code HostConfig.DeviceCgroupRules} as sent, a JSON null entry as the empty rule (Go's
   * reading); not checked here: dockerd refuses a malformed rule only at start.
   */
  static List<String> deviceCgroupRules(List<String> in) {
    return in == null ? null : in.stream().map(r -> r == null ? "" : r).toList();
  }

  /** {@code HostConfig.Devices} as sent (null stays null: inspect shows it so), each checked. */
  static List<DeviceMapping> devices(List<HostConfig.DeviceMapping> in) {
    if (in == null) {
      return null;
    }
    List<DeviceMapping> out = new ArrayList<>();
    for (HostConfig.DeviceMapping d : in) {
      if (d == null) {
        throw new DrydockException.InvalidArgument("invalid device: null");
      }
      out.add(new DeviceMapping(d.pathOnHost(), d.pathInContainer(), d.cgroupPermissions()).validated());
    }
    return out;
  }

  /** The namespace kind of the mode ({@link HostSettings.NetworkMode#of}); the mode itself goes to the engine through {@link WiringTranslator}. */
  static HostSettings.NetworkMode networkMode(String mode) {
    return HostSettings.NetworkMode.of(mode);
  }

  private static List<HostSettings.Ulimit> ulimits(List<HostConfig.Ulimit> in) {
    List<HostSettings.Ulimit> out = new ArrayList<>();
    for (HostConfig.Ulimit u : in == null ? List.<HostConfig.Ulimit>of() : in) {
      if (u.name() == null || !u.name().matches("[a-z]+")) {
        throw new DrydockException.InvalidArgument("invalid ulimit type: " + u.name());
      }
      long soft = n(u.soft());
      long hard = n(u.hard());
      if (soft > hard) {
        throw new DrydockException.InvalidArgument("ulimit soft limit must be less than or equal to hard limit: " + soft + " > " + hard);
      }
      out.add(new HostSettings.Ulimit(u.name(), soft, hard));
    }
    return out;
  }

  private static long logMaxSize(HostConfig.LogConfig c) {
    checkDriver(c);
    String v = c == null || c.config() == null ? null : c.config().get("max-size");
    return v == null || v.isEmpty() || v.equals("-1") ? 0 : ByteSize.parse(v);
  }

  private static int logMaxFiles(HostConfig.LogConfig c) {
    String v = c == null || c.config() == null ? null : c.config().get("max-file");
    if (v == null || v.isEmpty()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new DrydockException.InvalidArgument("max-file cannot be less than 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("invalid max-file: " + v);
    }
  }

  private static void checkDriver(HostConfig.LogConfig c) {
    String type = c == null || c.type() == null ? "" : c.type();
    if (!type.isEmpty() && !type.equals("json-file")) {
      throw new DrydockException.InvalidArgument("logger: no log driver named '" + type + "' is registered");
    }
    Map<String, String> cfg = c == null || c.config() == null ? Map.of() : c.config();
    for (String k : cfg.keySet()) {
      if (!List.of("max-size", "max-file", "labels", "env", "env-regex", "compress", "tag").contains(k)) {
        throw new DrydockException.InvalidArgument("unknown log opt '" + k + "' for json-file log driver");
      }
    }
  }

  private static long n(Long v) {
    return v == null ? 0 : v;
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  /** go-units' RAMInBytes: {@code 10m}, {@code 1.5g}, {@code 512k}, {@code 100}. */
  static final class ByteSize {
    static long parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)b?").matcher(t);
      if (!m.matches()) {
        throw new DrydockException.InvalidArgument("invalid size: '" + text + "'");
      }
      double v = Double.parseDouble(m.group(1));
      int shift = switch (m.group(2)) {
        case "k" -> 10;
        case "m" -> 20;
        case "g" -> 30;
        case "t" -> 40;
        case "p" -> 50;
        default -> 0;
      };
      return (long) (v * (1L << shift));
    }
  }
}
