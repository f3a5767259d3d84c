package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code BuildCache}. drydock has no build cache yet; the type fixes the list's shape. */
public record BuildCache(
    @JsonProperty("ID") String id,
    @JsonProperty("Type") String type,
    @JsonProperty("Size") long size,
    @JsonProperty("InUse") boolean inUse,
    @JsonProperty("Shared") boolean shared) {}
