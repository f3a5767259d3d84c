package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code GET /exec/{id}/json}; {@code ExitCode} is null while it runs. */
public record ExecInspectResponse(
    @JsonProperty("ID") String id,
    @JsonProperty("Running") boolean running,
    @JsonProperty("ExitCode") Integer exitCode,
    @JsonProperty("ProcessConfig") ProcessConfig processConfig,
    @JsonProperty("OpenStdin") boolean openStdin,
    @JsonProperty("OpenStderr") boolean openStderr,
    @JsonProperty("OpenStdout") boolean openStdout,
    @JsonProperty("CanRemove") boolean canRemove,
    @JsonProperty("ContainerID") String containerId,
    @JsonProperty("DetachKeys") String detachKeys,
    @JsonProperty("Pid") long pid) {

  /** Swagger {@code ProcessConfig}; {@code user} left out when empty, as dockerd ({@code omitempty}). */
  public record ProcessConfig(@JsonProperty("privileged") boolean privileged,
      @JsonProperty("user") @JsonInclude(JsonInclude.Include.NON_EMPTY) String user,
      @JsonProperty("tty") boolean tty, @JsonProperty("entrypoint") String entrypoint, @JsonProperty("arguments") List<String> arguments) {}
}
