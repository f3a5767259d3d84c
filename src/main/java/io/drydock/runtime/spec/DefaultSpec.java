package io.drydock.runtime.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config {@code drydock runtime spec} writes: the same starting point as {@code runc spec}, so
 * a bundle made by either tool behaves the same under both.
 */
public final class DefaultSpec {
  /** The runtime-spec version drydock writes and implements. */
  public static final String OCI_VERSION = "1.0.2-dev";

  private static final List<String> CAPS = List.of("CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE");

  private DefaultSpec() {}

  /** The default config; {@code rootless} maps the caller's ids into a user namespace instead of a network one. */
  public static Spec create(boolean rootless, long uid, long gid) {
    Process process = new Process(true, null, new User(0L, 0L, null, null, null, null), List.of("sh"),
        null, List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"), "/",
        new Capabilities(CAPS, CAPS, null, CAPS, CAPS, null),
        List.of(new Rlimit("RLIMIT_NOFILE", 1024L, 1024L, null)), true, null, null, null, null);
    return new Spec(OCI_VERSION, process, new Root("rootfs", true, null), "runc", null, mounts(rootless),
        null, null, linux(rootless, uid, gid), null);
  }

  private static List<Mount> mounts(boolean rootless) {
    List<String> devpts = new ArrayList<>(List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"));
    if (!rootless) {
      devpts.add("gid=5");
    }
    List<Mount> m = new ArrayList<>();
    m.add(mount("/proc", "proc", "proc", null));
    m.add(mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")));
    m.add(mount("/dev/pts", "devpts", "devpts", devpts));
    m.add(mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k")));
    m.add(mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")));
    m.add(rootless
        ? mount("/sys", "none", "/sys", List.of("rbind", "nosuid", "noexec", "nodev", "ro"))
        : mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")));
    m.add(mount("/sys/fs/cgroup", "cgroup", "cgroup", List.of("nosuid", "noexec", "nodev", "relatime", "ro")));
    return m;
  }

  private static Mount mount(String dst, String type, String src, List<String> options) {
    return new Mount(dst, type, src, options, null, null, null);
  }

  private static Linux linux(boolean rootless, long uid, long gid) {
    List<Namespace> ns = new ArrayList<>();
    for (String t : rootless ? List.of("pid", "ipc", "uts", "mount", "user") : List.of("pid", "network", "ipc", "uts", "mount")) {
      ns.add(new Namespace(t, null, null));
    }
    Resources resources = rootless ? null
        : new Resources(List.of(new DeviceRule(false, null, null, null, "rwm", null)), null, null, null, null, null,
            null, null, null, null);
    List<IdMapping> uids = rootless ? List.of(new IdMapping(0L, uid, 1L, null)) : null;
    List<IdMapping> gids = rootless ? List.of(new IdMapping(0L, gid, 1L, null)) : null;
    Map<String, Object> none = new LinkedHashMap<>();
    return new Linux(ns, uids, gids, null, null, null, resources, null, null, null,
        List.of("/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
            "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"),
        List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"), null, null, null, none);
  }
}
