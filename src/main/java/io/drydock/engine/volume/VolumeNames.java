package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Names of local volumes: the local driver's rule, and the 64-hex names of anonymous volumes. */
public final class VolumeNames {
  private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VolumeNames() {}

  public static void validate(String name) {
    if (name.length() < 2) {
      throw new DrydockException.InvalidArgument("volume name is too short, names should be at least two alphanumeric characters");
    }
    if (!VALID.matcher(name).matches()) {
      throw new DrydockException.InvalidArgument(
          "\"" + name + "\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed."
              + " If you intended to pass a host directory, use absolute path");
    }
  }

  public static String anonymous() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
