package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Swagger {@code SystemVersion}: the body of {@code GET /version}. */
public record SystemVersion(
    @JsonProperty("Platform") Platform platform,
    @JsonProperty("Components") List<ComponentVersion> components,
    @JsonProperty("Version") String version,
    @JsonProperty("ApiVersion") String apiVersion,
    @JsonProperty("MinAPIVersion") String minApiVersion,
    @JsonProperty("GitCommit") String gitCommit,
    @JsonProperty("GoVersion") String goVersion,
    @JsonProperty("Os") String os,
    @JsonProperty("Arch") String arch,
    @JsonProperty("KernelVersion") String kernelVersion,
    @JsonProperty("Experimental") boolean experimental,
    @JsonProperty("BuildTime") String buildTime) {

  /** {@code Platform.Name}. */
  public record Platform(@JsonProperty("Name") String name) {}

  /** One entry of {@code Components}: name, version and free-form details. */
  public record ComponentVersion(
      @JsonProperty("Name") String name,
      @JsonProperty("Version") String version,
      @JsonProperty("Details") Map<String, String> details) {}
}
