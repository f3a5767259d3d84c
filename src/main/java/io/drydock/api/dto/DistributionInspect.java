package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code GET /distribution/{name}/json} (swagger {@code DistributionInspectResponse}).
 * dockerd encodes the OCI {@code Descriptor} and {@code Platform} structs with their own lower-case
 * JSON names ({@code mediaType}, {@code os}); Go clients decode field names case-insensitively, so
 * the swagger's capitalised names and these both work. drydock writes what dockerd writes.
 */
public record DistributionInspect(@JsonProperty("Descriptor") Descriptor descriptor, @JsonProperty("Platforms") List<Platform> platforms) {
  /** An OCI content descriptor. */
  public record Descriptor(@JsonProperty("mediaType") String mediaType, @JsonProperty("digest") String digest, @JsonProperty("size") long size) {}

  /** An OCI platform; an empty variant is left out, as Go's {@code omitempty} does. */
  public record Platform(
      @JsonProperty("architecture") String architecture,
      @JsonProperty("os") String os,
      @JsonProperty("variant") @JsonInclude(JsonInclude.Include.NON_EMPTY) String variant) {}
}
