package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Swagger {@code Health} ({@code State.Health}): a container with a health check's status and last probes. */
public record Health(@JsonProperty("Status") String status, @JsonProperty("FailingStreak") int failingStreak,
    @JsonProperty("Log") List<HealthcheckResult> log) {

  /** Swagger {@code HealthcheckResult}: one probe, times in RFC 3339 with nanoseconds. */
  public record HealthcheckResult(@JsonProperty("Start") String start, @JsonProperty("End") String end,
      @JsonProperty("ExitCode") int exitCode, @JsonProperty("Output") String output) {}
}
