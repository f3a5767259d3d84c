package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Swagger {@code Resources}' finer settings — block I/O, memory nodes, swappiness, kernel memory,
 * realtime CPU — read from the same parsed body as {@link HostConfig} (create, through
 * {@link ContainerCreateTuning}) or as {@link ContainerUpdateRequest} (update), so that those DTOs
 * stay as they are. Absent is null. Numbers stay wide here: the API edge refuses what Go's
 * unsigned fields ({@code uint16} weights, {@code uint64} rates) would not decode.
 */
public record ResourceTuningFields(
    @JsonProperty("BlkioWeight") Long blkioWeight,
    @JsonProperty("BlkioWeightDevice") List<WeightDevice> blkioWeightDevice,
    @JsonProperty("BlkioDeviceReadBps") List<ThrottleDevice> blkioDeviceReadBps,
    @JsonProperty("BlkioDeviceWriteBps") List<ThrottleDevice> blkioDeviceWriteBps,
    @JsonProperty("BlkioDeviceReadIOps") List<ThrottleDevice> blkioDeviceReadIOps,
    @JsonProperty("BlkioDeviceWriteIOps") List<ThrottleDevice> blkioDeviceWriteIOps,
    @JsonProperty("CpusetMems") String cpusetMems,
    @JsonProperty("MemorySwappiness") Long memorySwappiness,
    @JsonProperty("KernelMemory") Long kernelMemory,
    @JsonProperty("KernelMemoryTCP") Long kernelMemoryTcp,
    @JsonProperty("CpuRealtimePeriod") Long cpuRealtimePeriod,
    @JsonProperty("CpuRealtimeRuntime") Long cpuRealtimeRuntime) {

  /** Nothing sent. */
  public static final ResourceTuningFields NONE = new ResourceTuningFields(null, null, null, null, null, null, null, null, null, null, null, null);

  /** Swagger {@code WeightDevice}. */
  public record WeightDevice(@JsonProperty("Path") String path, @JsonProperty("Weight") Long weight) {}

  /** Swagger {@code ThrottleDevice}. */
  public record ThrottleDevice(@JsonProperty("Path") String path, @JsonProperty("Rate") Long rate) {}
}
