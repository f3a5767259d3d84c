package io.drydock.engine.registry;

import io.drydock.common.DrydockException;

/**
 * A token server refused the credentials (401/403 from the Bearer realm). It is an Unauthorized
 * like any other refusal; it also keeps the token server's own words ({@code unauthorized:
 * incorrect username or password}), which {@code docker login} shows in dockerd's form.
 */
public final class TokenRefusal extends DrydockException.Unauthorized {
  private static final long serialVersionUID = 1L;

  private final String serverSaid;

  TokenRefusal(String message, String serverSaid) {
    super(message);
    this.serverSaid = serverSaid;
  }

  /** What the token server answered, as {@code code: message}. */
  public String serverSaid() {
    return serverSaid;
  }
}
