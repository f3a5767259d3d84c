package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Swagger {@code HealthConfig} ({@code Config.Healthcheck}): durations in nanoseconds; dockerd
 * leaves out the zero (default) values when it shows one.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record HealthConfig(
    @JsonProperty("Test") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> test,
    @JsonProperty("Interval") long interval,
    @JsonProperty("Timeout") long timeout,
    @JsonProperty("StartPeriod") long startPeriod,
    @JsonProperty("Retries") int retries) {}
