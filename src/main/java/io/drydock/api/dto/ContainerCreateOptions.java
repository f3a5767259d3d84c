package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The fields of {@code POST /containers/create}'s body that are neither the process nor its
 * resources, networks or mounts: {@code Domainname}, {@code MacAddress}, {@code Shell},
 * {@code ArgsEscaped}, {@code OnBuild}, {@code NetworkDisabled} of the {@code ContainerConfig}, and
 * the {@code HostConfig} fields for the runtime, isolation, storage options, device requests,
 * system paths and those dockerd keeps only to show. Read from the same parsed body as
 * {@link ContainerCreateRequest}, as {@link ContainerCreateWiring} is.
 */
public record ContainerCreateOptions(
    @JsonProperty("Domainname") String domainname,
    @JsonProperty("MacAddress") String macAddress,
    @JsonProperty("Shell") List<String> shell,
    @JsonProperty("ArgsEscaped") Boolean argsEscaped,
    @JsonProperty("OnBuild") List<String> onBuild,
    @JsonProperty("NetworkDisabled") Boolean networkDisabled,
    @JsonProperty("HostConfig") Host hostConfig) {

  /** The {@code HostConfig} part. */
  public record Host(
      @JsonProperty("NetworkMode") String networkMode,
      @JsonProperty("Runtime") String runtime,
      @JsonProperty("Isolation") String isolation,
      @JsonProperty("StorageOpt") Map<String, String> storageOpt,
      @JsonProperty("DeviceRequests") List<DeviceRequest> deviceRequests,
      @JsonProperty("MaskedPaths") List<String> maskedPaths,
      @JsonProperty("ReadonlyPaths") List<String> readonlyPaths,
      @JsonProperty("UsernsMode") String usernsMode,
      @JsonProperty("Cgroup") String cgroup,
      @JsonProperty("VolumeDriver") String volumeDriver,
      @JsonProperty("ContainerIDFile") String containerIdFile,
      @JsonProperty("ConsoleSize") List<Long> consoleSize) {}

  /** Swagger {@code DeviceRequest}. */
  public record DeviceRequest(
      @JsonProperty("Driver") String driver,
      @JsonProperty("Count") Long count,
      @JsonProperty("DeviceIDs") List<String> deviceIds,
      @JsonProperty("Capabilities") List<List<String>> capabilities,
      @JsonProperty("Options") Map<String, String> options) {}
}
