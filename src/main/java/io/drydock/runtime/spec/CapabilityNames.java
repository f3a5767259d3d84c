package io.drydock.runtime.spec;

import java.util.List;

/**
 * Capability names as config.json spells them, for the two sets Docker speaks of: its default
 * set and "all". The one list of "all" for every process Docker makes privileged: a
 * {@code --privileged} container (and {@code --cap-add ALL}), built by the engine, and a
 * {@code docker exec --privileged} process, built by the supervisor. It lives in the OCI model
 * because the engine may use only this package of the runtime, and the two must not drift: a
 * privileged exec that held more than a privileged container would be a second, larger
 * privileged mode.
 */
public final class CapabilityNames {
  /** moby's oci/caps/defaults.go, in its order. */
  public static final List<String> DOCKER_DEFAULT = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID",
      "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");

  /**
   * What dockerd 20.10 grants as "all", in kernel number order: capabilities 0 to 37
   * (CAP_AUDIT_READ). Its capability library stops there, so CAP_PERFMON, CAP_BPF and
   * CAP_CHECKPOINT_RESTORE (38-40, Linux 5.8/5.9) are neither granted nor accepted by name;
   * measured on a 6.x kernel, {@code CapBnd} of a privileged container and of a privileged exec
   * alike is {@code 0000003fffffffff}. The runtime leaves out those the host cannot grant.
   */
  public static final List<String> DOCKER_ALL = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
      "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
      "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT",
      "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
      "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
      "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
      "CAP_AUDIT_READ");

  private CapabilityNames() {}
}
