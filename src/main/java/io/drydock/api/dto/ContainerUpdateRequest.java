package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /containers/{id}/update}: swagger's {@code Resources} plus
 * {@code RestartPolicy}. Zero or absent means "leave as it is", as in dockerd; {@code PidsLimit}
 * absent leaves it, 0 or -1 lifts it. The finer settings (block I/O, memory nodes, kernel memory,
 * realtime CPU, swappiness) are read from the same parsed body as {@link ResourceTuningFields}.
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
    @JsonProperty("PidsLimit") Long pidsLimit,
    @JsonProperty("RestartPolicy") HostConfig.RestartPolicy restartPolicy) implements ResourceFields {}
