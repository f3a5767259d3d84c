package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /containers/{id}/stats} (the swagger leaves it untyped; these are the
 * fields of moby's {@code types.StatsJSON} the docker CLI reads to draw {@code docker stats}).
 */
public record ContainerStatsResponse(
    @JsonProperty("read") String read,
    @JsonProperty("preread") String preread,
    @JsonProperty("pids_stats") Map<String, Long> pidsStats,
    @JsonProperty("blkio_stats") Map<String, Object> blkioStats,
    @JsonProperty("num_procs") int numProcs,
    @JsonProperty("cpu_stats") CpuStats cpuStats,
    @JsonProperty("precpu_stats") CpuStats precpuStats,
    @JsonProperty("memory_stats") Map<String, Object> memoryStats,
    @JsonProperty("name") String name,
    @JsonProperty("id") String id,
    @JsonProperty("networks") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, NetworkStats> networks) {

  /** {@code cpu_stats} / {@code precpu_stats}. */
  public record CpuStats(
      @JsonProperty("cpu_usage") Map<String, Object> cpuUsage,
      @JsonProperty("system_cpu_usage") long systemCpuUsage,
      @JsonProperty("online_cpus") int onlineCpus,
      @JsonProperty("throttling_data") Map<String, Long> throttlingData) {}

  /** One interface's entry of {@code networks}, as moby's {@code types.NetworkStats}: unsigned 64-bit counters. */
  public record NetworkStats(
      @JsonProperty("rx_bytes") @JsonSerialize(using = Unsigned64.class) long rxBytes,
      @JsonProperty("rx_packets") @JsonSerialize(using = Unsigned64.class) long rxPackets,
      @JsonProperty("rx_errors") @JsonSerialize(using = Unsigned64.class) long rxErrors,
      @JsonProperty("rx_dropped") @JsonSerialize(using = Unsigned64.class) long rxDropped,
      @JsonProperty("tx_bytes") @JsonSerialize(using = Unsigned64.class) long txBytes,
      @JsonProperty("tx_packets") @JsonSerialize(using = Unsigned64.class) long txPackets,
      @JsonProperty("tx_errors") @JsonSerialize(using = Unsigned64.class) long txErrors,
      @JsonProperty("tx_dropped") @JsonSerialize(using = Unsigned64.class) long txDropped) {}
}
