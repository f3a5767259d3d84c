package io.drydock.runtime.audit;

/**
 * The rules of spec/isolation.md that can be read back from a running process, with the ids used
 * there. {@code waivedByPrivileged}: what {@code docker run --privileged} gives up (all
 * capabilities, no seccomp, no masked or read-only paths, a writable sysfs, the host's devices);
 * namespaces, cgroups and the fd/cwd hygiene stay.
 */
public enum AuditRule {
  NS_PID("ISO-NS-PID", false),
  NS_MNT("ISO-NS-MNT", false),
  NS_UTS("ISO-NS-UTS", false),
  NS_IPC("ISO-NS-IPC", false),
  NS_NET("ISO-NS-NET", false),
  CAP_DEFAULT("ISO-CAP-DEFAULT", true),
  CAP_BOUNDING("ISO-CAP-BOUNDING", true),
  NNP("ISO-NNP", true),
  SECCOMP_DEFAULT("ISO-SECCOMP-DEFAULT", true),
  ROOTFS_PIVOT("ISO-ROOTFS-PIVOT", false),
  ROOTFS_RO("ISO-ROOTFS-RO", false),
  PROC_MASK("ISO-PROC-MASK", true),
  PROC_RO("ISO-PROC-RO", true),
  SYSFS_RO("ISO-SYSFS-RO", true),
  DEV_MINIMAL("ISO-DEV-MINIMAL", true),
  FD_LEAK("ISO-FD-LEAK", false),
  CWD_INSIDE("ISO-CWD-INSIDE", false),
  CG_MEM("ISO-CG-MEM", false),
  CG_PIDS("ISO-CG-PIDS", false),
  CG_CPU("ISO-CG-CPU", false),
  RLIMIT_CLAMP("ISO-RLIMIT-CLAMP", false),
  USERNS_MAP("ISO-USERNS-MAP", false);

  private final String id;
  private final boolean waivedByPrivileged;

  AuditRule(String id, boolean waivedByPrivileged) {
    this.id = id;
    this.waivedByPrivileged = waivedByPrivileged;
  }

  public String id() {
    return id;
  }

  public boolean waivedByPrivileged() {
    return waivedByPrivileged;
  }
}
