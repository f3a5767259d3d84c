package io.drydock.engine.spec;

import java.util.List;
import java.util.Map;

/**
 * The isolation half of Docker's HostConfig, in the engine's terms: what the OCI spec builder needs
 * beyond the process and the resources of {@code ContainerRecord}. Stored with the container.
 *
 * @param capAdd capability names as given ({@code NET_ADMIN}, {@code CAP_NET_ADMIN} or {@code ALL})
 * @param tmpfs mount point → options ({@code size=64m,noexec}), "" for the defaults
 * @param logMaxSize bytes before the json-file log rotates, 0 for never
 * @param logMaxFiles files kept by rotation (at least 1)
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
public record HostSettings(
    List<String> capAdd,
    List<String> capDrop,
    boolean privileged,
    boolean readonlyRootfs,
    boolean noNewPrivileges,
    Map<String, String> tmpfs,
    List<Ulimit> ulimits,
    NetworkMode networkMode,
    long logMaxSize,
    int logMaxFiles,
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

  public static final HostSettings DEFAULT =
      new HostSettings(List.of(), List.of(), false, false, false, Map.of(), List.of(), NetworkMode.ISOLATED, 0, 1, false);

  /** Settings without {@code --security-opt} entries (the default seccomp profile applies). */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        List.of());
  }

  /** Settings under the daemon's parent cgroup. */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, "");
  }

  /** Settings without {@code --group-add} and devices. */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt, String cgroupParent) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, cgroupParent, List.of(), null, null);
  }

  /** Settings with the default {@code /dev/shm}. */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt, String cgroupParent, List<String> groupAdd, List<DeviceMapping> devices, List<String> deviceCgroupRules) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, cgroupParent, groupAdd, devices, deviceCgroupRules, 0);
  }

  /** Settings with a namespace of each kind of its own (and a cgroup namespace as the host's default). */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt, String cgroupParent, List<String> groupAdd, List<DeviceMapping> devices, List<String> deviceCgroupRules,
      long shmSize) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, cgroupParent, groupAdd, devices, deviceCgroupRules, shmSize, NamespaceModes.DEFAULT, KernelTuning.DEFAULT);
  }

  /** Settings with Docker's masked and read-only paths. */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt, String cgroupParent, List<String> groupAdd, List<DeviceMapping> devices, List<String> deviceCgroupRules,
      long shmSize, NamespaceModes namespaces, KernelTuning tuning) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, cgroupParent, groupAdd, devices, deviceCgroupRules, shmSize, namespaces, tuning, SystemPaths.DEFAULT);
  }

  /** Settings without devices. */
  public HostSettings(List<String> capAdd, List<String> capDrop, boolean privileged, boolean readonlyRootfs, boolean noNewPrivileges,
      Map<String, String> tmpfs, List<Ulimit> ulimits, NetworkMode networkMode, long logMaxSize, int logMaxFiles, boolean init,
      List<String> securityOpt, String cgroupParent, List<String> groupAdd) {
    this(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize, logMaxFiles, init,
        securityOpt, cgroupParent, groupAdd, null, null);
  }

  public HostSettings {
    capAdd = List.copyOf(capAdd == null ? List.of() : capAdd);
    capDrop = List.copyOf(capDrop == null ? List.of() : capDrop);
    tmpfs = Map.copyOf(tmpfs == null ? Map.of() : tmpfs);
    ulimits = List.copyOf(ulimits == null ? List.of() : ulimits);
    networkMode = networkMode == null ? NetworkMode.ISOLATED : networkMode;
    logMaxFiles = Math.max(1, logMaxFiles);
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
    return new HostSettings(capAdd, capDrop, privileged, readonlyRootfs, noNewPrivileges, tmpfs, ulimits, networkMode, logMaxSize,
        logMaxFiles, init, securityOpt, cgroupParent, groupAdd, devices, deviceCgroupRules, shmSize, modes, tuning, systemPaths);
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
}
