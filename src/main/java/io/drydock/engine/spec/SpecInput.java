package io.drydock.engine.spec;

import io.drydock.engine.container.ContainerRecord;
import io.drydock.runtime.spec.Mount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@link OciSpecBuilder} reads: the container, its host settings, the user resolved
 * against the image's files, the mounted rootfs, and host files to bind into the container
 * ({@code /etc/hostname}, {@code /etc/hosts}, {@code /etc/resolv.conf} → the files the service wrote),
 * the network namespace to join by path (the sandbox the network service built; empty: a new
 * one), the container's volume, bind and tmpfs mounts, applied after the standard ones, and the
 * host's init binary that {@code --init} mounts at {@code /sbin/docker-init} (null when unknown), and the
 * cgroup under which the container's own cgroup is made (the daemon's {@code --cgroup-parent}),
 * and the host devices its {@code --device}s named, as found at this start, and what it takes
 * from other containers' namespaces ({@link NamespaceJoins}), the numbers of the block devices
 * its block I/O settings name, as found at this start, and the variables its legacy links give its
 * process (computed at this start from the targets' addresses).
 */
public record SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles,
    Optional<Path> netnsPath, List<Mount> extraMounts, Path initBinary, String cgroupParent, List<HostDevice> devices,
    NamespaceJoins joins, Map<String, DeviceNumber> blockDevices, List<String> linkEnv) {
  /** The daemon's default parent cgroup, as dockerd's {@code docker}. */
  public static final String DEFAULT_CGROUP_PARENT = "drydock";

  public SpecInput {
    cgroupParent = cgroupParent == null ? DEFAULT_CGROUP_PARENT : cgroupParent;
    etcFiles = Map.copyOf(etcFiles);
    netnsPath = netnsPath == null ? Optional.empty() : netnsPath;
    extraMounts = List.copyOf(extraMounts == null ? List.of() : extraMounts);
    devices = List.copyOf(devices == null ? List.of() : devices);
    joins = joins == null ? NamespaceJoins.NONE : joins;
    blockDevices = Map.copyOf(blockDevices == null ? Map.of() : blockDevices);
    linkEnv = List.copyOf(linkEnv == null ? List.of() : linkEnv);
  }

  /** An input whose container names no block device and has no link variables. */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles,
      Optional<Path> netnsPath, List<Mount> extraMounts, Path initBinary, String cgroupParent, List<HostDevice> devices,
      NamespaceJoins joins) {
    this(container, host, user, rootfs, etcFiles, netnsPath, extraMounts, initBinary, cgroupParent, devices, joins, Map.of(), List.of());
  }

  /** An input that joins no other container's namespace. */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles,
      Optional<Path> netnsPath, List<Mount> extraMounts, Path initBinary, String cgroupParent, List<HostDevice> devices) {
    this(container, host, user, rootfs, etcFiles, netnsPath, extraMounts, initBinary, cgroupParent, devices, NamespaceJoins.NONE);
  }

  /** An input without host devices. */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles,
      Optional<Path> netnsPath, List<Mount> extraMounts, Path initBinary, String cgroupParent) {
    this(container, host, user, rootfs, etcFiles, netnsPath, extraMounts, initBinary, cgroupParent, List.of());
  }

  /** An input without a network sandbox, extra mounts or init binary (a container that asks for {@code --init} is then refused). */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles) {
    this(container, host, user, rootfs, etcFiles, Optional.empty(), List.of(), null, DEFAULT_CGROUP_PARENT);
  }

  /** An input with an init binary and no network sandbox or extra mounts. */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles, Path initBinary) {
    this(container, host, user, rootfs, etcFiles, Optional.empty(), List.of(), initBinary, DEFAULT_CGROUP_PARENT);
  }
}
