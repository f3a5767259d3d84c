package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Swagger {@code ContainerConfig}: the portable part of a container's configuration, read from
 * {@code POST /containers/create} and shown by container and image inspect. Boxed types, since an
 * absent field means "the image's default". Fields Go marks {@code omitempty} in moby's {@code
 * container.Config} are left out when empty, as dockerd does (the swagger calls them non-null);
 * {@code OnBuild} is null for an image without ONBUILD triggers and for a container created without
 * one, as dockerd shows it; an image the builder gave triggers lists them, a container what its
 * create sent. {@code MacAddress}, {@code Shell} and {@code ArgsEscaped} are shown as the create
 * sent them, and left out when it sent none.
 */
public record ContainerConfig(
    @JsonProperty("Hostname") String hostname,
    @JsonProperty("Domainname") String domainname,
    @JsonProperty("User") String user,
    @JsonProperty("AttachStdin") Boolean attachStdin,
    @JsonProperty("AttachStdout") Boolean attachStdout,
    @JsonProperty("AttachStderr") Boolean attachStderr,
    @JsonProperty("ExposedPorts") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> exposedPorts,
    @JsonProperty("Tty") Boolean tty,
    @JsonProperty("OpenStdin") Boolean openStdin,
    @JsonProperty("StdinOnce") Boolean stdinOnce,
    @JsonProperty("Env") List<String> env,
    @JsonProperty("Cmd") List<String> cmd,
    @JsonProperty("Image") String image,
    @JsonProperty("Volumes") Map<String, Object> volumes,
    @JsonProperty("WorkingDir") String workingDir,
    @JsonProperty("Entrypoint") List<String> entrypoint,
    @JsonProperty("OnBuild") List<String> onBuild,
    @JsonProperty("NetworkDisabled") @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean networkDisabled,
    @JsonProperty("Labels") Map<String, String> labels,
    @JsonProperty("StopSignal") @JsonInclude(JsonInclude.Include.NON_EMPTY) String stopSignal,
    @JsonProperty("StopTimeout") @JsonInclude(JsonInclude.Include.NON_NULL) Integer stopTimeout,
    @JsonProperty("Healthcheck") @JsonInclude(JsonInclude.Include.NON_NULL) HealthConfig healthcheck,
    @JsonProperty("MacAddress") @JsonInclude(JsonInclude.Include.NON_EMPTY) String macAddress,
    @JsonProperty("Shell") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> shell,
    @JsonProperty("ArgsEscaped") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean argsEscaped) {

  /** Without the fields only a container's config has ({@code MacAddress}, {@code Shell}, {@code ArgsEscaped}). */
  public ContainerConfig(String hostname, String domainname, String user, Boolean attachStdin, Boolean attachStdout, Boolean attachStderr,
      Map<String, Object> exposedPorts, Boolean tty, Boolean openStdin, Boolean stdinOnce, List<String> env, List<String> cmd, String image,
      Map<String, Object> volumes, String workingDir, List<String> entrypoint, List<String> onBuild, Boolean networkDisabled,
      Map<String, String> labels, String stopSignal, Integer stopTimeout, HealthConfig healthcheck) {
    this(hostname, domainname, user, attachStdin, attachStdout, attachStderr, exposedPorts, tty, openStdin, stdinOnce, env, cmd, image, volumes,
        workingDir, entrypoint, onBuild, networkDisabled, labels, stopSignal, stopTimeout, healthcheck, null, null, null);
  }

  /** Without a health check (images, whose configs drydock keeps none for). */
  public ContainerConfig(String hostname, String domainname, String user, Boolean attachStdin, Boolean attachStdout, Boolean attachStderr,
      Map<String, Object> exposedPorts, Boolean tty, Boolean openStdin, Boolean stdinOnce, List<String> env, List<String> cmd, String image,
      Map<String, Object> volumes, String workingDir, List<String> entrypoint, List<String> onBuild, Boolean networkDisabled,
      Map<String, String> labels, String stopSignal, Integer stopTimeout) {
    this(hostname, domainname, user, attachStdin, attachStdout, attachStderr, exposedPorts, tty, openStdin, stdinOnce, env, cmd, image, volumes,
        workingDir, entrypoint, onBuild, networkDisabled, labels, stopSignal, stopTimeout, null);
  }
}
