package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code POST /auth} (swagger's inline {@code SystemAuthResponse}). */
public record SystemAuthResponse(@JsonProperty("Status") String status, @JsonProperty("IdentityToken") String identityToken) {}
