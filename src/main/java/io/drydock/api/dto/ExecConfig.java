package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /containers/{id}/exec} (swagger's inline {@code ExecConfig}). */
public record ExecConfig(
    @JsonProperty("AttachStdin") Boolean attachStdin,
    @JsonProperty("AttachStdout") Boolean attachStdout,
    @JsonProperty("AttachStderr") Boolean attachStderr,
    @JsonProperty("DetachKeys") String detachKeys,
    @JsonProperty("Tty") Boolean tty,
    @JsonProperty("Env") List<String> env,
    @JsonProperty("Cmd") List<String> cmd,
    @JsonProperty("Privileged") Boolean privileged,
    @JsonProperty("User") String user,
    @JsonProperty("WorkingDir") String workingDir) {}
