package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /auth} (swagger {@code AuthConfig}): what {@code docker login} sends. */
public record AuthConfig(
    @JsonProperty("username") String username,
    @JsonProperty("password") String password,
    @JsonProperty("email") String email,
    @JsonProperty("serveraddress") String serverAddress,
    @JsonProperty("identitytoken") String identityToken) {}
