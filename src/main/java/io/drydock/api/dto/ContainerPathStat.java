package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * dockerd's {@code types.ContainerPathStat}, sent base64-encoded in the
 * {@code X-Docker-Container-Path-Stat} header: lower-case keys, {@code mode} in Go's FileMode bits,
 * {@code mtime} in Go's RFC 3339 form.
 */
public record ContainerPathStat(
    @JsonProperty("name") String name,
    @JsonProperty("size") long size,
    @JsonProperty("mode") long mode,
    @JsonProperty("mtime") String mtime,
    @JsonProperty("linkTarget") String linkTarget) {}
