package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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

  /** One interface's entry of {@code networks}, as moby's {@code types.NetworkStats}. */
  public record NetworkStats(
      @JsonProperty("rx_bytes") long rxBytes,
      @JsonProperty("rx_packets") long rxPackets,
      @JsonProperty("rx_errors") long rxErrors,
      @JsonProperty("rx_dropped") long rxDropped,
      @JsonProperty("tx_bytes") long txBytes,
      @JsonProperty("tx_packets") long txPackets,
      @JsonProperty("tx_errors") long txErrors,
      @JsonProperty("tx_dropped") long txDropped) {}
}
