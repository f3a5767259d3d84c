package io.drydock.engine.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.List;
import java.util.Map;

/**
 * The isolation half of Docker's HostConfig, in the engine's terms: what the OCI spec builder needs
 * beyond the process and the resources of {@code ContainerRecord}. Stored with the container, and
 * read back through its {@link Builder} (which also reads the log rotation of records written
 * before the log driver was kept).
 *
 * @param capAdd capability names as given ({@code NET_ADMIN}, {@code CAP_NET_ADMIN} or {@code ALL})
 * @param tmpfs mount point → options ({@code size=64m,noexec}), "" for the defaults
 * @param log {@code HostConfig.LogConfig}: the log driver and its options as sent
 * @param init run drydock's init as PID 1 in front of the command ({@code --init})
 * @param securityOpt the {@code --security-opt} entries as the client sent them ({@code
 *     no-new-privileges}, {@code seccomp=unconfined}, {@code seccomp=<profile JSON>}); checked by
 *     {@link SecurityOptions#parse}
 * @param cgroupParent {@code --cgroup-parent} of this container as the client sent it; empty: the
 *     daemon's parent
 * @param groupAdd {@code --group-add}: more supplementary groups (numbers, or names of the
 *     container's /etc/group, looked up at each start and exec) for the process and every exec
 * @param devices {@code HostConfig.Devices} as the client sent them; null when it sent none (inspect
 *     tells "none" ({@code null}) from an empty list, as dockerd's does)
 * @param deviceCgroupRules {@code HostConfig.DeviceCgroupRules} as the client sent them, null when
 *     it sent none; read ({@link DeviceCgroupRule#parse}) only at start, as dockerd does
 * @param shmSize {@code HostConfig.ShmSize}: bytes of the container's {@code /dev/shm}, 0 for
 *     dockerd's default of 64 MiB
 * @param namespaces which namespaces are the host's ({@code --pid}, {@code --ipc}, {@code --uts},
 *     {@code --cgroupns})
 * @param tuning {@code --sysctl} and {@code --oom-score-adj}
 * @param systemPaths {@code HostConfig.MaskedPaths} and {@code ReadonlyPaths} as sent
 */
@JsonDeserialize(builder = HostSettings.Builder.class)
public record HostSettings(
    List<String> capAdd,
    List<String> capDrop,
    boolean privileged,
    boolean readonlyRootfs,
    boolean noNewPrivileges,
    Map<String, String> tmpfs,
    List<Ulimit> ulimits,
    NetworkMode networkMode,
    LogSettings log,
    boolean init,
    List<String> securityOpt,
    String cgroupParent,
    List<String> groupAdd,
    List<DeviceMapping> devices,
    List<String> deviceCgroupRules,
    long shmSize,
    NamespaceModes namespaces,
    KernelTuning tuning,
    SystemPaths systemPaths) {

  /** dockerd's size of {@code /dev/shm} when the client gives none. */
  public static final long DEFAULT_SHM_SIZE = 64L * 1024 * 1024;

  public static final HostSettings DEFAULT = builder().build();

  public HostSettings {
    capAdd = List.copyOf(capAdd == null ? List.of() : capAdd);
    capDrop = List.copyOf(capDrop == null ? List.of() : capDrop);
    tmpfs = Map.copyOf(tmpfs == null ? Map.of() : tmpfs);
    ulimits = List.copyOf(ulimits == null ? List.of() : ulimits);
    networkMode = networkMode == null ? NetworkMode.ISOLATED : networkMode;
    log = log == null ? LogSettings.DEFAULT : log;
    securityOpt = List.copyOf(securityOpt == null ? List.of() : securityOpt);
    cgroupParent = cgroupParent == null ? "" : cgroupParent;
    groupAdd = List.copyOf(groupAdd == null ? List.of() : groupAdd);
    devices = devices == null ? null : List.copyOf(devices);
    deviceCgroupRules = deviceCgroupRules == null ? null : List.copyOf(deviceCgroupRules);
    namespaces = namespaces == null ? NamespaceModes.DEFAULT : namespaces;
    tuning = tuning == null ? KernelTuning.DEFAULT : tuning;
    systemPaths = systemPaths == null ? SystemPaths.DEFAULT : systemPaths;
    if (shmSize < 0) {
      throw new io.drydock.common.DrydockException.InvalidArgument("SHM size can not be less than 0");
    }
  }

  /** The same settings with {@code modes} as its namespace modes. */
  public HostSettings withNamespaces(NamespaceModes modes) {
    return toBuilder().namespaces(modes).build();
  }

  /** Settings with dockerd's defaults for every part not set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.capAdd = capAdd;
    b.capDrop = capDrop;
    b.privileged = privileged;
    b.readonlyRootfs = readonlyRootfs;
    b.noNewPrivileges = noNewPrivileges;
    b.tmpfs = tmpfs;
    b.ulimits = ulimits;
    b.networkMode = networkMode;
    b.log = log;
    b.init = init;
    b.securityOpt = securityOpt;
    b.cgroupParent = cgroupParent;
    b.groupAdd = groupAdd;
    b.devices = devices;
    b.deviceCgroupRules = deviceCgroupRules;
    b.shmSize = shmSize;
    b.namespaces = namespaces;
    b.tuning = tuning;
    b.systemPaths = systemPaths;
    return b;
  }

  /** The bytes of {@code /dev/shm}, as inspect shows them. */
  public long shmSizeBytes() {
    return shmSize > 0 ? shmSize : DEFAULT_SHM_SIZE;
  }

  /**
   * The device cgroup rules the container's spec gets after the default ones: none when privileged
   * (every device is allowed then, and dockerd does not even read the rules).
   *
   * @throws io.drydock.common.DrydockException.SystemError for a malformed rule, as dockerd's start
   */
  public List<DeviceCgroupRule> cgroupRules() {
    if (privileged || deviceCgroupRules == null) {
      return List.of();
    }
    return deviceCgroupRules.stream().map(DeviceCgroupRule::parse).toList();
  }

  /** The devices to add, none when the client sent none. */
  public List<DeviceMapping> deviceList() {
    return devices == null ? List.of() : devices;
  }

  /** The parent of this container's cgroup: its own {@code --cgroup-parent}, else {@code daemonParent}. */
  public String cgroupParentOr(String daemonParent) {
    return cgroupParent.isEmpty() ? daemonParent : cgroupParent;
  }

  /** The seccomp profile the container asked for. */
  public SecurityOptions.Seccomp seccomp() {
    return SecurityOptions.parse(securityOpt).seccomp();
  }

  /** One {@code --ulimit name=soft:hard}. */
  public record Ulimit(String name, long soft, long hard) {}

  /**
   * Where the container's network lives. {@code ISOLATED} is the default until the networks issue
   * brings the bridge: a new network namespace with only loopback, as {@code none}, but reported
   * to clients as {@code default}.
   */
  public enum NetworkMode {
    ISOLATED("default"),
    NONE("none"),
    HOST("host");

    private final String apiName;

    NetworkMode(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }

    /**
     * The namespace kind of an API network mode: {@code host} shares the host's, {@code none} has
     * loopback only, every other mode (the default bridge, a user network, {@code container:<id>})
     * joins the sandbox the network service builds.
     */
    public static NetworkMode of(String mode) {
      String m = mode == null ? "" : mode;
      return switch (m) {
        case "none" -> NONE;
        case "host" -> HOST;
        default -> ISOLATED;
      };
    }
  }

  /**
   * Builds settings part by part (each unset part takes its default), and reads them back from the
   * stored JSON: a record written before the log driver was kept has {@code logMaxSize} and
   * {@code logMaxFiles} instead of {@code log}, read as json-file's {@code max-size}/{@code max-file}.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private List<String> capAdd;
    private List<String> capDrop;
    private boolean privileged;
    private boolean readonlyRootfs;
    private boolean noNewPrivileges;
    private Map<String, String> tmpfs;
    private List<Ulimit> ulimits;
    private NetworkMode networkMode;
    private LogSettings log;
    private long legacyLogMaxSize;
    private int legacyLogMaxFiles = 1;
    private boolean init;
    private List<String> securityOpt;
    private String cgroupParent;
    private List<String> groupAdd;
    private List<DeviceMapping> devices;
    private List<String> deviceCgroupRules;
    private long shmSize;
    private NamespaceModes namespaces;
    private KernelTuning tuning;
    private SystemPaths systemPaths;

    private Builder() {}

    public Builder capAdd(List<String> v) {
      capAdd = v;
      return this;
    }

    public Builder capDrop(List<String> v) {
      capDrop = v;
      return this;
    }

    public Builder privileged(boolean v) {
      privileged = v;
      return this;
    }

    public Builder readonlyRootfs(boolean v) {
      readonlyRootfs = v;
      return this;
    }

    public Builder noNewPrivileges(boolean v) {
      noNewPrivileges = v;
      return this;
    }

    public Builder tmpfs(Map<String, String> v) {
      tmpfs = v;
      return this;
    }

    public Builder ulimits(List<Ulimit> v) {
      ulimits = v;
      return this;
    }

    public Builder networkMode(NetworkMode v) {
      networkMode = v;
      return this;
    }

    public Builder log(LogSettings v) {
      log = v;
      return this;
    }

    /** A stored record's json-file rotation before the log driver was kept (bytes, 0 for none). */
    Builder logMaxSize(long v) {
      legacyLogMaxSize = v;
      return this;
    }

    /** A stored record's number of rotated files before the log driver was kept. */
    Builder logMaxFiles(int v) {
      legacyLogMaxFiles = v;
      return this;
    }

    public Builder init(boolean v) {
      init = v;
      return this;
    }

    public Builder securityOpt(List<String> v) {
      securityOpt = v;
      return this;
    }

    public Builder cgroupParent(String v) {
      cgroupParent = v;
      return this;
    }

    public Builder groupAdd(List<String> v) {
      groupAdd = v;
      return this;
    }

    public Builder devices(List<DeviceMapping> v) {
      devices = v;
      return this;
    }

    public Builder deviceCgroupRules(List<String> v) {
      deviceCgroupRules = v;
      return this;
    }

    public Builder shmSize(long v) {
      shmSize = v;
      return this;
    }

    public Builder namespaces(NamespaceModes v) {
      namespaces = v;
      return this;
    }

    public Builder tuning(KernelTuning v) {
      tuning = v;
      return this;
    }

    public Builder systemPaths(SystemPaths v) {
      systemPaths = v;
      return this;
    }

    public HostSettings build() {
      LogSettings logSettings = log != null ? log : LogSettings.ofLegacyRotation(legacyLogMaxSize, legacyLogMaxFiles);
      return new HostSettings(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logSettings, init,
          securityOpt, cgroupParent, groupAdd, devices, deviceCgroupRules, shmSize, namespaces, tuning, systemPaths);
    }
  }
}
