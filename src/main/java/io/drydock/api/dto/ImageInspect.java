package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Swagger {@code ImageInspect}: {@code GET /images/{name}/json}, the fields the docker CLI reads. */
public record ImageInspect(
    @JsonProperty("Id") String id,
    @JsonProperty("RepoTags") List<String> repoTags,
    @JsonProperty("RepoDigests") List<String> repoDigests,
    @JsonProperty("Parent") String parent,
    @JsonProperty("Comment") String comment,
    @JsonProperty("Created") String created,
    @JsonProperty("Container") String container,
    @JsonProperty("ContainerConfig") ContainerConfig containerConfig,
    @JsonProperty("DockerVersion") String dockerVersion,
    @JsonProperty("Author") String author,
    @JsonProperty("Config") ContainerConfig config,
    @JsonProperty("Architecture") String architecture,
    @JsonProperty("Variant") @JsonInclude(JsonInclude.Include.NON_EMPTY) String variant,
    @JsonProperty("Os") String os,
    @JsonProperty("Size") long size,
    @JsonProperty("VirtualSize") long virtualSize,
    @JsonProperty("GraphDriver") GraphDriverData graphDriver,
    @JsonProperty("RootFS") RootFs rootFs,
    @JsonProperty("Metadata") Map<String, Object> metadata) {

  /** The {@code RootFS} object: the layers' diff IDs. */
  public record RootFs(@JsonProperty("Type") String type, @JsonProperty("Layers") List<String> layers) {}
}
