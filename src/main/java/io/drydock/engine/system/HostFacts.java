package io.drydock.engine.system;

import java.util.Objects;

/**
 * What this host is, read once at start: the figures {@code docker info} shows about the machine.
 * {@code operatingSystem} and {@code osVersion} come from os-release ({@code PRETTY_NAME},
 * {@code VERSION_ID}); {@code architecture} is the kernel's name for it ({@code x86_64}).
 */
public record HostFacts(
    String hostname,
    String kernelVersion,
    String operatingSystem,
    String osVersion,
    String architecture,
    int cpus,
    long memoryBytes,
    CgroupVersion cgroupVersion,
    ResourceSupport resources) {
  public HostFacts {
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(kernelVersion, "kernelVersion");
    Objects.requireNonNull(operatingSystem, "operatingSystem");
    Objects.requireNonNull(osVersion, "osVersion");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(cgroupVersion, "cgroupVersion");
    Objects.requireNonNull(resources, "resources");
  }
}
