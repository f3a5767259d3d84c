package io.drydock.engine.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * Credentials for one registry, as the docker CLI sends them in {@code X-Registry-Auth}: a
 * base64url-encoded JSON object {@code {username, password, serveraddress, identitytoken}}.
 * An identity token (from {@code docker login} to a token server) is used as an OAuth refresh
 * token; otherwise username and password go to the token server or as Basic credentials.
 */
public record RegistryAuth(String username, String password, String serverAddress, String identityToken) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RegistryAuth {
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    serverAddress = serverAddress == null ? "" : serverAddress;
    identityToken = identityToken == null ? "" : identityToken;
  }

  public boolean hasPassword() {
    return !username.isEmpty() || !password.isEmpty();
  }

  /**
   * Decodes an {@code X-Registry-Auth} value; empty for an absent or blank header. A malformed
   * one is an InvalidArgument (push refuses it; pull may choose {@link #decodeLenient}).
   */
  public static Optional<RegistryAuth> decode(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      byte[] json = decodeBase64(header.strip());
      JsonNode n = JSON.readTree(json);
      if (n == null || !n.isObject()) {
        throw new IOException("not a JSON object");
      }
      RegistryAuth auth = new RegistryAuth(n.path("username").asText(""), n.path("password").asText(""),
          n.path("serveraddress").asText(""), n.path("identitytoken").asText(""));
      return auth.hasPassword() || !auth.identityToken.isEmpty() ? Optional.of(auth) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      throw new DrydockException.InvalidArgument("Bad parameters and missing X-Registry-Auth: " + e.getMessage());
    }
  }

  /** dockerd's pull behaviour: an undecodable header counts as no credentials. */
  public static Optional<RegistryAuth> decodeLenient(String header) {
    try {
      return decode(header);
    } catch (DrydockException.InvalidArgument e) {
      return Optional.empty();
    }
  }

  private static byte[] decodeBase64(String s) {
    String padded = s + "=".repeat((4 - s.length() % 4) % 4);
    return s.contains("+") || s.contains("/") ? Base64.getDecoder().decode(padded) : Base64.getUrlDecoder().decode(padded);
  }

  /** The header value for these credentials (what the docker CLI would send). */
  public String encode() {
    var node = JSON.createObjectNode();
    node.put("username", username);
    node.put("password", password);
    node.put("serveraddress", serverAddress);
    if (!identityToken.isEmpty()) {
      node.put("identitytoken", identityToken);
    }
    try {
      return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "RegistryAuth[username=" + username + ", serverAddress=" + serverAddress + "]";
  }
}
