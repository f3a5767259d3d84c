package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Swagger {@code HostConfig} (with its {@code Resources}): the fields drydock reads at create and
 * shows in inspect. Boxed, since absent means "default". {@code Tmpfs} and {@code Init} are left
 * out when unset, as dockerd ({@code omitempty}); {@code unmodelled} holds, for inspect, the
 * fields drydock has no setting for, with the values it really applies (written as dockerd
 * writes them for a container that did not set them).
 */
public record HostConfig(
    @JsonProperty("Binds") List<String> binds,
    @JsonProperty("NetworkMode") String networkMode,
    @JsonProperty("PortBindings") Map<String, Object> portBindings,
    @JsonProperty("RestartPolicy") RestartPolicy restartPolicy,
    @JsonProperty("AutoRemove") Boolean autoRemove,
    @JsonProperty("CapAdd") List<String> capAdd,
    @JsonProperty("CapDrop") List<String> capDrop,
    @JsonProperty("Privileged") Boolean privileged,
    @JsonProperty("ReadonlyRootfs") Boolean readonlyRootfs,
    @JsonProperty("SecurityOpt") List<String> securityOpt,
    @JsonProperty("Tmpfs") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> tmpfs,
    @JsonProperty("Init") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean init,
    @JsonProperty("LogConfig") LogConfig logConfig,
    @JsonProperty("Memory") Long memory,
    @JsonProperty("MemorySwap") Long memorySwap,
    @JsonProperty("MemoryReservation") Long memoryReservation,
    @JsonProperty("NanoCpus") Long nanoCpus,
    @JsonProperty("CpuShares") Long cpuShares,
    @JsonProperty("CpuQuota") Long cpuQuota,
    @JsonProperty("CpuPeriod") Long cpuPeriod,
    @JsonProperty("CpusetCpus") String cpusetCpus,
    @JsonProperty("PidsLimit") Long pidsLimit,
    @JsonProperty("Ulimits") List<Ulimit> ulimits,
    @JsonProperty("CgroupParent") String cgroupParent,
    @JsonProperty("GroupAdd") List<String> groupAdd,
    @JsonProperty("Devices") List<DeviceMapping> devices,
    @JsonProperty("DeviceCgroupRules") List<String> deviceCgroupRules,
    @JsonProperty("ShmSize") Long shmSize,
    @JsonProperty("PidMode") String pidMode,
    @JsonProperty("IpcMode") String ipcMode,
    @JsonProperty("UTSMode") String utsMode,
    @JsonProperty("CgroupnsMode") String cgroupnsMode,
    @JsonProperty("OomKillDisable") Boolean oomKillDisable,
    @JsonProperty("Sysctls") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> sysctls,
    @JsonProperty("OomScoreAdj") Integer oomScoreAdj,
    @JsonAnyGetter Map<String, Object> unmodelled) implements ResourceFields {

  /** {@code RestartPolicy}: {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:n]}. */
  public record RestartPolicy(@JsonProperty("Name") String name, @JsonProperty("MaximumRetryCount") Integer maximumRetryCount) {}

  /** {@code LogConfig}: the driver and its options ({@code max-size}, {@code max-file}). */
  public record LogConfig(@JsonProperty("Type") String type, @JsonProperty("Config") Map<String, String> config) {}

  /** One {@code Devices} entry ({@code --device HOST[:CONTAINER[:PERMS]]}). */
  public record DeviceMapping(@JsonProperty("PathOnHost") String pathOnHost, @JsonProperty("PathInContainer") String pathInContainer,
      @JsonProperty("CgroupPermissions") String cgroupPermissions) {}

  /** One {@code Ulimits} entry. */
  public record Ulimit(@JsonProperty("Name") String name, @JsonProperty("Soft") Long soft, @JsonProperty("Hard") Long hard) {}
}
