package io.drydock.engine.network.port;

import io.drydock.common.DrydockException;
import java.util.Locale;

/** The transport of a published port. */
public enum Protocol {
  TCP,
  UDP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Protocol parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "", "tcp" -> TCP;
      case "udp" -> UDP;
      default -> throw new DrydockException.InvalidArgument("invalid proto: " + text);
    };
  }
}
