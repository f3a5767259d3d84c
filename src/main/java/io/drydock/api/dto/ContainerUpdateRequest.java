package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /containers/{id}/update}: swagger's {@code Resources} plus
 * {@code RestartPolicy}. Zero or absent means "leave as it is", as in dockerd; {@code PidsLimit}
 * absent leaves it, 0 or -1 lifts it.
 */
public record ContainerUpdateRequest(
    @JsonProperty("Memory") Long memory,
    @JsonProperty("MemorySwap") Long memorySwap,
    @JsonProperty("MemoryReservation") Long memoryReservation,
    @JsonProperty("NanoCpus") Long nanoCpus,
    @JsonProperty("CpuShares") Long cpuShares,
    @JsonProperty("CpuQuota") Long cpuQuota,
    @JsonProperty("CpuPeriod") Long cpuPeriod,
    @JsonProperty("CpusetCpus") String cpusetCpus,
    @JsonProperty("CpusetMems") String cpusetMems,
    @JsonProperty("PidsLimit") Long pidsLimit,
    @JsonProperty("BlkioWeight") Integer blkioWeight,
    @JsonProperty("KernelMemory") Long kernelMemory,
    @JsonProperty("CpuRealtimePeriod") Long cpuRealtimePeriod,
    @JsonProperty("CpuRealtimeRuntime") Long cpuRealtimeRuntime,
    @JsonProperty("RestartPolicy") HostConfig.RestartPolicy restartPolicy) implements ResourceFields {}
