package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** Network names and ids: validation, the predefined names and new 64-hex ids. */
public final class NetworkNames {
  public static final Set<String> PREDEFINED = Set.of("bridge", "host", "none");
  private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
  private static final SecureRandom RANDOM = new SecureRandom();

  private NetworkNames() {}

  public static void validate(String name) {
    if (name == null || name.isEmpty()) {
      throw new DrydockException.InvalidArgument("network name is required");
    }
    if (!VALID.matcher(name).matches()) {
      throw new DrydockException.InvalidArgument(
          "invalid network name \"" + name + "\": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
  }

  public static String newId() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Bridge device name of a user network: {@code dd-} and 12 hex of its id (15 chars, IFNAMSIZ-1). */
  public static String bridgeName(String id) {
    return "dd-" + id.substring(0, 12);
  }
}
