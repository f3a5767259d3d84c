package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.SpecCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code update [flags] ID}: change a running container's limits, with runc's flags, or an OCI
 * {@code linux.resources} object from {@code -r FILE} ({@code -} for stdin). Flags override the
 * file; what is given neither way keeps its current value.
 */
@Command(name = "update", description = "Update a container's resource limits.")
final class RuntimeUpdate extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = {"--resources", "-r"}, description = "OCI linux.resources JSON file, - for stdin.") String resources;
  @Option(names = "--memory", description = "Memory limit (bytes, or with k/m/g suffix).") String memory;
  @Option(names = "--memory-swap", description = "Memory plus swap limit, -1 for unlimited.") String memorySwap;
  @Option(names = "--memory-reservation", description = "Memory soft limit.") String memoryReservation;
  @Option(names = "--cpu-shares", description = "CPU shares (relative weight).") Long cpuShares;
  @Option(names = "--cpu-quota", description = "CFS quota in microseconds per period.") Long cpuQuota;
  @Option(names = "--cpu-period", description = "CFS period in microseconds.") Long cpuPeriod;
  @Option(names = "--cpuset-cpus", description = "CPUs allowed (0-3, 0,1).") String cpusetCpus;
  @Option(names = "--cpuset-mems", description = "Memory nodes allowed.") String cpusetMems;
  @Option(names = "--pids-limit", description = "Maximum number of tasks.") Long pidsLimit;
  @Option(names = "--blkio-weight", description = "Block IO weight (10-1000).") Integer blkioWeight;

  @Override
  int run() {
    runtime().update(id(id), new UpdateFlags(memory, memorySwap, memoryReservation, cpuShares, cpuQuota, cpuPeriod,
        cpusetCpus, cpusetMems, pidsLimit, blkioWeight).applyTo(base()));
    return 0;
  }

  private Resources base() {
    if (resources == null) {
      return null;
    }
    try (InputStream in = resources.equals("-") ? System.in : Files.newInputStream(Path.of(resources))) {
      return SpecCodec.mapper().readValue(in, Resources.class);
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("read resources " + resources + ": " + e.getMessage(), e);
    }
  }
}
