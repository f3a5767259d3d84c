package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The finer resource settings of {@code POST /containers/create}'s {@code HostConfig}, read from the same parsed body as {@link ContainerCreateRequest}. */
public record ContainerCreateTuning(@JsonProperty("HostConfig") ResourceTuningFields hostConfig) {}
