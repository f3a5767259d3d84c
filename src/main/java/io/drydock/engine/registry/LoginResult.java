package io.drydock.engine.registry;

/**
 * What {@code POST /auth} answers when the registry accepted the credentials: dockerd's status
 * text ({@code Login Succeeded}) and an identity token (empty: drydock asks token servers for an
 * access token only, so the CLI stores the password as dockerd's basic logins do).
 */
public record LoginResult(String status, String identityToken) {
  public static final String SUCCEEDED = "Login Succeeded";
}
