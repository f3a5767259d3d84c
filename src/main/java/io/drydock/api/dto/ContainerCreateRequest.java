package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /containers/create}: swagger's {@code ContainerConfig} fields with
 * {@code HostConfig} and {@code NetworkingConfig} beside them (the inline {@code ContainerCreateRequest}).
 */
public record ContainerCreateRequest(
    @JsonProperty("Hostname") String hostname,
    @JsonProperty("User") String user,
    @JsonProperty("AttachStdin") Boolean attachStdin,
    @JsonProperty("AttachStdout") Boolean attachStdout,
    @JsonProperty("AttachStderr") Boolean attachStderr,
    @JsonProperty("Tty") Boolean tty,
    @JsonProperty("OpenStdin") Boolean openStdin,
    @JsonProperty("StdinOnce") Boolean stdinOnce,
    @JsonProperty("Env") List<String> env,
    @JsonProperty("Cmd") List<String> cmd,
    @JsonProperty("Entrypoint") List<String> entrypoint,
    @JsonProperty("Image") String image,
    @JsonProperty("WorkingDir") String workingDir,
    @JsonProperty("Labels") Map<String, String> labels,
    @JsonProperty("StopSignal") String stopSignal,
    @JsonProperty("StopTimeout") Integer stopTimeout,
    @JsonProperty("Healthcheck") HealthConfig healthcheck,
    @JsonProperty("HostConfig") HostConfig hostConfig,
    @JsonProperty("NetworkingConfig") Map<String, Object> networkingConfig) {}
