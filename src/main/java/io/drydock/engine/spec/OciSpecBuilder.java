package io.drydock.engine.spec;

import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ResourceTuning;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.spec.Cpu;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Memory;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Pids;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.Root;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the OCI {@code config.json} of a container the way dockerd's {@code oci} package does for
 * the fields drydock supports: Docker's default capabilities and masked paths, the standard
 * {@code /dev}, {@code /proc}, {@code /sys} mounts, a private pid/ipc/uts/mount namespace (or the
 * host's, or another container's pid/ipc one joined by path) and a network namespace unless
 * {@code --network host}, the cgroup under {@code /drydock/<id>}, and the
 * limits of HostConfig. {@code --privileged} gives every capability and device and lifts the
 * masks and seccomp. Seccomp is Docker's default profile unless {@code --security-opt} says
 * otherwise ({@link SeccompSpecs}).
 */
public final class OciSpecBuilder {
  static final List<String> MASKED = List.of("/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys",
      "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware");
  static final List<String> READONLY = List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");
  static final long DEFAULT_CPU_PERIOD = 100_000;
  static final String DEFAULT_PATH = ProcessEnv.DEFAULT_PATH;

  private OciSpecBuilder() {}

  /** The paths masked in every unprivileged container (inspect shows them as HostConfig.MaskedPaths). */
  public static List<String> maskedPaths() {
    return MASKED;
  }

  /** The paths made read-only in every unprivileged container (HostConfig.ReadonlyPaths). */
  public static List<String> readonlyPaths() {
    return READONLY;
  }

  public static Spec build(SpecInput in) {
    ContainerRecord c = in.container();
    HostSettings host = in.host();
    String hostname = c.hostname();
    Process process = process(c.config(), host, in.user(), hostname, in.linkEnv());
    List<Mount> mounts = new ArrayList<>(mounts(host, in.etcFiles(), in.joins().shm()));
    mounts.addAll(in.extraMounts());
    if (host.init()) {
      process = InitProcess.wrap(process, in.initBinary());
      mounts.add(InitProcess.mount(in.initBinary()));
    }
    String specHostname = host.namespaces().hostUts() ? null : hostname; // the host's uts namespace keeps the host's name
    String domainname = host.namespaces().hostUts() || c.config().domainname().isEmpty() ? null : c.config().domainname();
    return new Spec(DefaultSpec.OCI_VERSION, process, new Root(in.rootfs().toString(), host.readonlyRootfs(), null), specHostname, domainname,
        mounts, null, null, linux(c, host, in.netnsPath(), in.cgroupParent(), in.devices(), in.joins(), in.blockDevices()), null);
  }

  static Process process(ContainerConfig config, HostSettings host, ResolvedUser user, String hostname, List<String> linkEnv) {
    List<String> args = new ArrayList<>();
    args.add(config.path());
    args.addAll(config.args());
    List<String> caps = Capabilities.effective(host.capAdd(), host.capDrop(), host.privileged());
    var capabilities = new io.drydock.runtime.spec.Capabilities(caps, caps, null, caps, null, null);
    List<Rlimit> rlimits = new ArrayList<>();
    for (HostSettings.Ulimit u : host.ulimits()) {
      rlimits.add(new Rlimit("RLIMIT_" + u.name().toUpperCase(Locale.ROOT), u.hard(), u.soft(), null));
    }
    return new Process(false, null,
        new User(user.uid(), user.gid(), null, user.additionalGids().isEmpty() ? null : user.additionalGids(), null, null),
        args, null, ProcessEnv.of(hostname, config.tty(), linkEnv, config.env(), List.of(), user.home()), config.workingDir().isEmpty() ? "/" : config.workingDir(), capabilities,
        rlimits.isEmpty() ? null : rlimits, host.noNewPrivileges(), null, host.tuning().oomScoreAdj(), null, null);
  }

  /** @param sharedShm the host directory to bind at {@code /dev/shm} ({@link NamespaceJoins#shm}); empty: by the ipc mode */
  static List<Mount> mounts(HostSettings host, Map<String, Path> etcFiles, java.util.Optional<Path> sharedShm) {
    List<Mount> m = new ArrayList<>();
    m.add(mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")));
    m.add(mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")));
    m.add(mount("/dev/pts", "devpts", "devpts", List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")));
    m.add(mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", host.privileged() ? "rw" : "ro")));
    m.add(mount("/sys/fs/cgroup", "cgroup", "cgroup", List.of("nosuid", "noexec", "nodev", "relatime", host.privileged() ? "rw" : "ro")));
    m.add(mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")));
    if (sharedShm.isPresent()) {
      m.add(mount("/dev/shm", "bind", sharedShm.get().toString(), List.of("rbind", "rprivate"))); // dockerd: the ShmPath of the shareable one
    } else if (host.namespaces().hostIpc()) {
      m.add(mount("/dev/shm", "bind", "/dev/shm", List.of("rbind", "rprivate"))); // dockerd: the host's shm with its ipc
    } else if (!host.namespaces().noShm()) {
      m.add(mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=" + host.shmSizeBytes())));
    }
    new TreeMap<>(etcFiles).forEach((dst, src) -> m.add(mount(dst, "bind", src.toString(), List.of("rbind", "rprivate"))));
    new TreeMap<>(host.tmpfs()).forEach((dst, opts) -> {
      List<String> o = new ArrayList<>(List.of("nosuid", "nodev", "noexec"));
      if (!opts.isEmpty()) {
        o.addAll(List.of(opts.split(",")));
      }
      m.add(mount(dst, "tmpfs", "tmpfs", o));
    });
    return m;
  }


  /**
   * The {@code linux} section that {@link #build} gives {@code c}'s config, as far as its cgroup goes
   * (path, limits, device nodes and their allow rules) and nothing else: known before the rootfs is
   * mounted and the network wired, so that the supervisor can make the cgroup ahead
   * ({@code Tasks.expectCreate}); {@link #build} takes these fields from here. The allow rules are
   * the defaults, then the host devices', then {@code --device-cgroup-rule}s (dockerd's order).
   */
  public static Linux cgroupPart(ContainerRecord c, HostSettings host, String cgroupParent, List<HostDevice> devices) {
    return cgroupPart(c, host, cgroupParent, devices, Map.of());
  }

  /** @param blockDevices the numbers of the block devices {@code c}'s block I/O settings name, as found at this start */
  public static Linux cgroupPart(ContainerRecord c, HostSettings host, String cgroupParent, List<HostDevice> devices,
      Map<String, DeviceNumber> blockDevices) {
    Resources resources = resources(c.resources(), host.privileged(), blockDevices);
    List<DeviceRule> rules = new ArrayList<>(resources.devices());
    if (!host.privileged()) {
      devices.forEach(d -> rules.add(new DeviceRule(true, String.valueOf(d.type()), d.major(), d.minor(), d.permissions(), null)));
      host.cgroupRules().forEach(r -> rules.add(r.toSpec()));
    }
    resources = new Resources(rules, resources.memory(), resources.cpu(), resources.pids(), resources.blockIO(), null, null, null, null, null);
    return new Linux(null, null, null, null, devices.isEmpty() ? null : nodes(devices), CgroupParents.containerPath(cgroupParent, c.id().value()),
        resources, null, null, null, null, null, null, null, null, null);
  }

  /**
   * @param netns the network namespace to join by path; empty for a new one
   * @param devices the host devices to create, each allowed in the device cgroup with its permissions
   * @param joins the pid and ipc namespaces to join by path instead of new ones
   */
  static Linux linux(ContainerRecord c, HostSettings host, java.util.Optional<Path> netns, String cgroupParent, List<HostDevice> devices,
      NamespaceJoins joins, Map<String, DeviceNumber> blockDevices) {
    List<Namespace> ns = new ArrayList<>();
    NamespaceModes modes = host.namespaces();
    ns.add(new Namespace("mount", null, null));
    if (!modes.hostUts()) {
      ns.add(new Namespace("uts", null, null));
    }
    if (!modes.hostPid()) {
      ns.add(new Namespace("pid", joins.pid().map(Path::toString).orElse(null), null));
    }
    if (!modes.hostIpc()) {
      ns.add(new Namespace("ipc", joins.ipc().map(Path::toString).orElse(null), null));
    }
    if (host.networkMode() != HostSettings.NetworkMode.HOST) {
      ns.add(new Namespace("network", netns.map(Path::toString).orElse(null), null));
    }
    if (modes.privateCgroupns()) {
      ns.add(new Namespace("cgroup", null, null));
    }
    var seccomp = SeccompSpecs.forContainer(host.seccomp(), Capabilities.effective(host.capAdd(), host.capDrop(), host.privileged()),
        host.privileged(), Arch.host());
    Linux cgroup = cgroupPart(c, host, cgroupParent, devices, blockDevices);
    return new Linux(ns, null, null, null, cgroup.devices(), cgroup.cgroupsPath(), cgroup.resources(),
        null, seccomp, host.tuning().sysctls().isEmpty() ? null : host.tuning().sysctls(), host.systemPaths().masked(host.privileged()), host.systemPaths().readonly(host.privileged()), null, null, null, null);
  }

  static Resources resources(ContainerResources r, boolean privileged, Map<String, DeviceNumber> blockDevices) {
    ResourceTuning t = r.tuning();
    Memory memory = r.memory() > 0 || r.memoryReservation() > 0 || r.memorySwap() != 0 || r.oomKillDisable() || t.memorySwappiness() != null
        || t.kernelMemory() != 0 || t.kernelMemoryTcp() != 0
        ? new Memory(positive(r.memory()), positive(r.memoryReservation()), r.memorySwap() == 0 ? null : r.memorySwap(),
            nonZero(t.kernelMemory()), nonZero(t.kernelMemoryTcp()), t.memorySwappiness(), r.oomKillDisable() ? Boolean.TRUE : null, null,
            null, null)
        : null;
    long quota = r.cpuQuota();
    long period = r.cpuPeriod();
    if (r.nanoCpus() > 0) {
      period = DEFAULT_CPU_PERIOD;
      quota = r.nanoCpus() * DEFAULT_CPU_PERIOD / 1_000_000_000L;
    }
    Cpu cpu = r.cpuShares() > 0 || quota > 0 || period > 0 || !r.cpusetCpus().isEmpty() || !t.cpusetMems().isEmpty()
        || t.cpuRealtimePeriod() != 0 || t.cpuRealtimeRuntime() != 0
        ? new Cpu(positive(r.cpuShares()), positive(quota), null, positive(period), nonZero(t.cpuRealtimeRuntime()),
            nonZero(t.cpuRealtimePeriod()), r.cpusetCpus().isEmpty() ? null : r.cpusetCpus(), t.cpusetMems().isEmpty() ? null : t.cpusetMems(),
            null, null)
        : null;
    Pids pids = r.pidsLimit() > 0 ? new Pids(r.pidsLimit(), null) : null;
    return new Resources(devices(privileged), memory, cpu, pids, BlockIoSpecs.of(t.blockIo(), blockDevices), null, null, null, null, null);
  }

  /**
   * The limits {@code docker update} writes into a running container's cgroup: those of
   * {@link #resources} without the device rules (they do not change), and the pids limit always,
   * so that 0 lifts an earlier one.
   */
  public static Resources updatedResources(ContainerResources r) {
    // as dockerd's update: the memory nodes and the block I/O weight, not the swappiness, realtime budget or device lists
    ResourceTuning t = r.tuning();
    ContainerResources updated = r.withTuning(new ResourceTuning(null, t.kernelMemory(), 0, t.cpusetMems(), 0, 0,
        io.drydock.engine.container.BlockIo.NONE.withWeight(t.blockIo().weight())));
    Resources full = resources(updated, false, Map.of());
    return new Resources(null, full.memory(), full.cpu(), new Pids(r.pidsLimit() > 0 ? r.pidsLimit() : -1, null),
        full.blockIO(), null, null, null, null, null);
  }

  /** Deny all, then Docker's default character devices (or everything when privileged). */
  static List<DeviceRule> devices(boolean privileged) {
    if (privileged) {
      return List.of(new DeviceRule(true, "a", null, null, "rwm", null));
    }
    List<DeviceRule> d = new ArrayList<>();
    d.add(new DeviceRule(false, "a", null, null, "rwm", null));
    long[][] allowed = {{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {136, -1}, {10, 200}};
    for (long[] a : allowed) {
      d.add(new DeviceRule(true, "c", a[0], a[1] < 0 ? null : a[1], "rwm", null));
    }
    return d;
  }

  /** {@code linux.devices}: each host device at its container path, with the host node's mode and owner (as dockerd). */
  static List<Device> nodes(List<HostDevice> devices) {
    List<Device> out = new ArrayList<>();
    for (HostDevice d : devices) {
      out.add(new Device(String.valueOf(d.type()), d.path(), d.major(), d.minor(), d.fileMode(), d.uid(), d.gid(), null));
    }
    return out;
  }

  private static Long positive(long v) {
    return v > 0 ? v : null;
  }

  private static Long nonZero(long v) {
    return v != 0 ? v : null;
  }

  private static Mount mount(String dst, String type, String src, List<String> options) {
    return new Mount(dst, type, src, options, null, null, null);
  }
}
