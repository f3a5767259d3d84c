package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.common.DrydockException;
import java.util.function.UnaryOperator;

/**
 * {@code HostConfig.PidMode}, {@code IpcMode}, {@code UTSMode} and {@code CgroupnsMode}: which
 * namespaces the container shares instead of getting its own, each decided once into its mode's
 * kind with the text sent kept beside it (inspect shows them as sent; the record store keeps the
 * texts). Checked as dockerd 20.10 checks them: a bad cgroup namespace mode at create, an unknown
 * ipc mode only at start ({@link #requireStartable}); unknown pid and uts modes are private.
 * Another container's pid or ipc namespace ({@code container:<name|id>}) is found at create
 * ({@link #withTargets}: the modes then name it by its full id, as dockerd keeps them) and joined
 * at each start by the path of its init's namespace.
 */
public record NamespaceModes(
    @JsonProperty("pid") PidMode pid,
    @JsonProperty("ipc") IpcMode ipc,
    @JsonProperty("uts") UtsMode uts,
    @JsonProperty("cgroupns") CgroupnsMode cgroupns) {
  public static final NamespaceModes DEFAULT = of("", "", "", "");

  public NamespaceModes {
    pid = pid == null ? PidMode.DEFAULT : pid;
    ipc = ipc == null ? IpcMode.DEFAULT : ipc;
    uts = uts == null ? UtsMode.DEFAULT : uts;
    cgroupns = cgroupns == null ? CgroupnsMode.DEFAULT : cgroupns;
  }

  /** The modes as a client sent them (null for absent). */
  public static NamespaceModes of(String pid, String ipc, String uts, String cgroupns) {
    return new NamespaceModes(PidMode.of(pid), IpcMode.of(ipc), UtsMode.of(uts), CgroupnsMode.of(cgroupns));
  }

  /** dockerd's check at create that needs no other container: the cgroup namespace mode. */
  public NamespaceModes checked() {
    if (cgroupns.kind() == CgroupnsMode.Kind.INVALID) {
      throw new DrydockException.InvalidArgument("invalid cgroup namespace mode: " + cgroupns.sent());
    }
    return this;
  }

  /**
   * dockerd 20.10's check at create of the containers named by {@code container:<x>} modes, the
   * ipc one first: each named container must exist ({@code idOf} gives its full id or throws
   * {@code No such container: x}, which the create answers with 400); the modes then name it by
   * that id. An empty name ({@code container:}) is kept, and fails only the start, as dockerd's.
   */
  public NamespaceModes withTargets(UnaryOperator<String> idOf) {
    IpcMode i = ipc.kind() == IpcMode.Kind.CONTAINER && !ipc.target().isEmpty() ? ipc.withTarget(idOf.apply(ipc.target())) : ipc;
    PidMode p = pid.kind() == PidMode.Kind.CONTAINER && !pid.target().isEmpty() ? pid.withTarget(idOf.apply(pid.target())) : pid;
    return new NamespaceModes(p, i, uts, cgroupns);
  }

  /** dockerd's check at start: an ipc mode it does not know, accepted at create, fails the start (500). */
  public void requireStartable() {
    if (ipc.kind() == IpcMode.Kind.INVALID) {
      throw new DrydockException.SystemError("Invalid IPC mode: " + ipc.sent());
    }
  }

  public boolean hostPid() {
    return pid.kind() == PidMode.Kind.HOST;
  }

  /** {@code shareable}: an ipc namespace of its own that others may join, with a {@code /dev/shm} they can share. */
  public boolean shareableIpc() {
    return ipc.kind() == IpcMode.Kind.SHAREABLE;
  }

  public boolean hostIpc() {
    return ipc.kind() == IpcMode.Kind.HOST;
  }

  /** {@code none}: an ipc namespace of its own without a {@code /dev/shm}. */
  public boolean noShm() {
    return ipc.kind() == IpcMode.Kind.NONE;
  }

  public boolean hostUts() {
    return uts.kind() == UtsMode.Kind.HOST;
  }

  /** A cgroup namespace of its own only when asked for: the default of a cgroup v1 host, as dockerd's there. */
  public boolean privateCgroupns() {
    return cgroupns.kind() == CgroupnsMode.Kind.PRIVATE;
  }
}
