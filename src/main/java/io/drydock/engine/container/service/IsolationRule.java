package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.util.Locale;

/**
 * {@code HostConfig.Isolation} on Linux: only the default technology exists, named {@code ""} or
 * {@code default} in any case. dockerd 20.10 refuses anything else at create with a 500
 * ({@code Invalid isolation: "hyperv" - linux only supports 'default'}), and keeps an accepted
 * value as sent for inspect.
 */
final class IsolationRule {
  private IsolationRule() {}

  static void check(String isolation) {
    if (isolation == null || isolation.isEmpty() || isolation.toLowerCase(Locale.ROOT).equals("default")) {
      return;
    }
    throw new DrydockException.SystemError("Invalid isolation: \"" + isolation + "\" - linux only supports 'default'");
  }
}
