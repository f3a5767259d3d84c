package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.common.DrydockException;
import java.util.Set;

/**
 * {@code HostConfig.PidMode}, {@code IpcMode}, {@code UTSMode} and {@code CgroupnsMode} as the
 * client sent them: which namespaces the container shares with the host instead of getting its
 * own. Checked at create with dockerd's words; sharing another container's pid or ipc namespace
 * ({@code container:<name>}) is not done yet and refused as such rather than ignored.
 */
public record NamespaceModes(
    @JsonProperty("pid") String pid,
    @JsonProperty("ipc") String ipc,
    @JsonProperty("uts") String uts,
    @JsonProperty("cgroupns") String cgroupns) {
  public static final NamespaceModes DEFAULT = new NamespaceModes("", "", "", "");
  private static final Set<String> IPC = Set.of("", "none", "private", "shareable", "host");

  public NamespaceModes {
    pid = pid == null ? "" : pid;
    ipc = ipc == null ? "" : ipc;
    uts = uts == null ? "" : uts;
    cgroupns = cgroupns == null ? "" : cgroupns;
  }

  /** dockerd's checks at create, then drydock's refusal of what it cannot do yet. */
  public NamespaceModes checked() {
    if (!IPC.contains(ipc) && !ipc.startsWith("container:")) {
      throw new DrydockException.InvalidArgument("invalid IPC mode: " + ipc);
    }
    if (!pid.isEmpty() && !pid.equals("host") && !pid.startsWith("container:")) {
      throw new DrydockException.InvalidArgument("invalid PID mode: " + pid);
    }
    if (!uts.isEmpty() && !uts.equals("host")) {
      throw new DrydockException.InvalidArgument("invalid UTS mode: " + uts);
    }
    if (!Set.of("", "private", "host").contains(cgroupns)) {
      throw new DrydockException.InvalidArgument("invalid cgroup namespace mode: " + cgroupns);
    }
    if (pid.startsWith("container:") || ipc.startsWith("container:")) {
      throw new DrydockException.NotImplemented("drydock cannot share another container's " + (pid.startsWith("container:") ? "pid" : "ipc")
          + " namespace yet (" + (pid.startsWith("container:") ? "PidMode " + pid : "IpcMode " + ipc) + ")");
    }
    return this;
  }

  public boolean hostPid() {
    return pid.equals("host");
  }

  public boolean hostIpc() {
    return ipc.equals("host");
  }

  public boolean hostUts() {
    return uts.equals("host");
  }

  /** A cgroup namespace of its own only when asked for: the default of a cgroup v1 host, as dockerd's there. */
  public boolean privateCgroupns() {
    return cgroupns.equals("private");
  }

  /** Inspect's {@code IpcMode}: dockerd's default ipc mode is {@code private}. */
  public String shownIpc() {
    return ipc.isEmpty() ? "private" : ipc;
  }

  /** Inspect's {@code CgroupnsMode}: {@code host} unless {@code private} was asked for. */
  public String shownCgroupns() {
    return privateCgroupns() ? "private" : "host";
  }
}
