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
import io.drydock.engine.spec.LogSettings;
import io.drydock.engine.spec.NamespaceModes;
import io.drydock.engine.spec.SecurityOptions;
import java.util.ArrayList;
import java.util.List;
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
    HostSettings host = HostSettings.builder().capAdd(h.capAdd()).capDrop(h.capDrop()).privileged(Boolean.TRUE.equals(h.privileged()))
        .readonlyRootfs(Boolean.TRUE.equals(h.readonlyRootfs())).noNewPrivileges(SecurityOptions.parse(h.securityOpt()).noNewPrivileges())
        .tmpfs(h.tmpfs()).ulimits(ulimits(h.ulimits())).networkMode(networkMode(h.networkMode())).log(log(h.logConfig()))
        .init(Boolean.TRUE.equals(h.init())).securityOpt(h.securityOpt()).cgroupParent(cgroupParent(h.cgroupParent())).groupAdd(h.groupAdd())
        .devices(devices(h.devices())).deviceCgroupRules(deviceCgroupRules(h.deviceCgroupRules())).shmSize(h.shmSize() == null ? 0 : h.shmSize())
        .namespaces(NamespaceModes.of(h.pidMode(), h.ipcMode(), h.utsMode(), h.cgroupnsMode()))
        .tuning(new KernelTuning(h.sysctls(), h.oomScoreAdj() == null ? 0 : h.oomScoreAdj())).systemPaths(OptionsTranslator.systemPaths(o))
        .build();
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

  /** {@code HostConfig.LogConfig} as sent; the engine's create applies the daemon's default and checks it. */
  private static LogSettings log(HostConfig.LogConfig c) {
    return c == null ? new LogSettings("", Map.of()) : new LogSettings(c.type(), c.config());
  }

  private static long n(Long v) {
    return v == null ? 0 : v;
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }
}
