package io.drydock.engine.container;

/**
 * The resource settings of Docker's HostConfig beyond {@link ContainerResources}' limits, kept
 * apart so that the positional limits record did not grow: swappiness, kernel memory, memory
 * nodes, the realtime CPU budget and block I/O, in the API's units and with its "unset" values
 * (null swappiness, 0, "", {@link BlockIo#NONE}). What dockerd discards at create on this host is
 * already discarded here ({@code TuningRules}); what it keeps is applied at start.
 *
 * @param memorySwappiness {@code MemorySwappiness} 0..100, null for the kernel's (the API's -1)
 * @param kernelMemory {@code KernelMemory} bytes; kept and shown, not applied (runc ignores it)
 * @param kernelMemoryTcp {@code KernelMemoryTCP} bytes; likewise
 * @param cpusetMems {@code CpusetMems}, e.g. {@code 0}, "" for all
 * @param cpuRealtimePeriod {@code CpuRealtimePeriod} microseconds, 0 for none
 * @param cpuRealtimeRuntime {@code CpuRealtimeRuntime} microseconds, 0 for none
 */
public record ResourceTuning(
    Long memorySwappiness,
    long kernelMemory,
    long kernelMemoryTcp,
    String cpusetMems,
    long cpuRealtimePeriod,
    long cpuRealtimeRuntime,
    BlockIo blockIo) {

  public static final ResourceTuning NONE = new ResourceTuning(null, 0, 0, "", 0, 0, BlockIo.NONE);

  public ResourceTuning {
    cpusetMems = cpusetMems == null ? "" : cpusetMems;
    blockIo = blockIo == null ? BlockIo.NONE : blockIo;
  }

  public ResourceTuning withMemorySwappiness(Long swappiness) {
    return new ResourceTuning(swappiness, kernelMemory, kernelMemoryTcp, cpusetMems, cpuRealtimePeriod, cpuRealtimeRuntime, blockIo);
  }

  public ResourceTuning withKernelMemory(long bytes, long tcpBytes) {
    return new ResourceTuning(memorySwappiness, bytes, tcpBytes, cpusetMems, cpuRealtimePeriod, cpuRealtimeRuntime, blockIo);
  }

  public ResourceTuning withBlockIo(BlockIo io) {
    return new ResourceTuning(memorySwappiness, kernelMemory, kernelMemoryTcp, cpusetMems, cpuRealtimePeriod, cpuRealtimeRuntime, io);
  }
}
