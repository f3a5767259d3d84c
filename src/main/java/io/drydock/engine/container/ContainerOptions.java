package io.drydock.engine.container;

import java.util.List;

/**
 * The create's settings that are neither the process ({@link ContainerConfig}), its resources nor
 * its isolation: the endpoint's MAC address and whether it has networking (both applied by the
 * wiring, which gets them in its own request), the runtime, the device requests, and the fields
 * dockerd 20.10 on Linux keeps only to show them in inspect ({@code Shell}, {@code ArgsEscaped},
 * {@code OnBuild}, {@code Isolation}, {@code UsernsMode} without userns-remap, {@code Cgroup},
 * {@code VolumeDriver}, {@code ContainerIDFile}, {@code ConsoleSize}).
 * Stored with the container; a record written before they were kept loads as {@link #NONE}.
 *
 * @param macAddress {@code Config.MacAddress} as sent, "" for none; checked at start as dockerd does
 * @param runtime {@code HostConfig.Runtime} as sent, "" for the daemon's default
 * @param deviceRequests {@code HostConfig.DeviceRequests}; null when none was sent
 * @param shell {@code Config.Shell}; null when none was sent
 * @param onBuild {@code Config.OnBuild}; null when none was sent
 * @param consoleSize {@code HostConfig.ConsoleSize} as {@code [height, width]}
 */
public record ContainerOptions(
    String macAddress,
    String runtime,
    List<DeviceRequest> deviceRequests,
    List<String> shell,
    boolean argsEscaped,
    List<String> onBuild,
    boolean networkDisabled,
    String isolation,
    String usernsMode,
    String cgroup,
    String volumeDriver,
    String containerIdFile,
    List<Long> consoleSize) {

  public static final ContainerOptions NONE =
      new ContainerOptions("", "", null, null, false, null, false, "", "", "", "", "", List.of(0L, 0L));

  public ContainerOptions {
    macAddress = orEmpty(macAddress);
    runtime = orEmpty(runtime);
    deviceRequests = deviceRequests == null ? null : List.copyOf(deviceRequests);
    shell = shell == null ? null : List.copyOf(shell);
    onBuild = onBuild == null ? null : List.copyOf(onBuild);
    isolation = orEmpty(isolation);
    usernsMode = orEmpty(usernsMode);
    cgroup = orEmpty(cgroup);
    volumeDriver = orEmpty(volumeDriver);
    containerIdFile = orEmpty(containerIdFile);
    consoleSize = consoleSize == null || consoleSize.size() != 2 ? List.of(0L, 0L) : List.copyOf(consoleSize);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
