package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.common.DrydockException;

/**
 * {@code HostConfig.PidMode}, {@code IpcMode}, {@code UTSMode} and {@code CgroupnsMode}: which
 * namespaces the container shares instead of getting its own, each decided once into its mode's
 * kind with the text sent kept beside it (inspect shows them as sent; the record store keeps the
 * texts). Checked as dockerd 20.10 checks them: a bad cgroup namespace mode at create, an unknown
 * ipc mode only at start ({@link #requireStartable}); unknown pid and uts modes are private.
 * Sharing another container's pid or ipc namespace ({@code container:<name>}) is not done yet
 * and refused as such at create rather than ignored.
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

  /** dockerd's checks at create, then drydock's refusal of what it cannot do yet. */
  public NamespaceModes checked() {
    if (cgroupns.kind() == CgroupnsMode.Kind.INVALID) {
      throw new DrydockException.InvalidArgument("invalid cgroup namespace mode: " + cgroupns.sent());
    }
    if (pid.kind() == PidMode.Kind.CONTAINER) {
      throw new DrydockException.NotImplemented("drydock cannot share another container's pid namespace yet (PidMode " + pid.sent() + ")");
    }
    if (ipc.kind() == IpcMode.Kind.CONTAINER) {
      throw new DrydockException.NotImplemented("drydock cannot share another container's ipc namespace yet (IpcMode " + ipc.sent() + ")");
    }
    return this;
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
