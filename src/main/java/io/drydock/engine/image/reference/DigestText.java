package io.drydock.engine.image.reference;

import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validation of a digest written as {@code algorithm:hex}, with go-digest's rules and messages.
 * Digests stay strings in this package: the validated {@code io.drydock.common.Digest} type is
 * owned by the storage work and can replace this once it lands.
 */
public final class DigestText {
  private static final Map<String, Integer> HEX_LENGTH =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);
  private static final Pattern LOWER_HEX = Pattern.compile("[a-f0-9]+");
  private static final Pattern WELL_FORMED =
      Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+");

  private DigestText() {}

  /** Returns {@code digest} if valid, else an {@code InvalidArgument} with go-digest's message. */
  public static String validate(String digest) {
    int colon = digest.indexOf(':');
    if (colon <= 0 || colon + 1 == digest.length()) {
      throw invalid("invalid checksum digest format");
    }
    String algorithm = digest.substring(0, colon);
    String hex = digest.substring(colon + 1);
    Integer length = HEX_LENGTH.get(algorithm);
    if (length == null) {
      throw invalid(
          WELL_FORMED.matcher(digest).matches()
              ? "unsupported digest algorithm"
              : "invalid checksum digest format");
    }
    if (hex.length() != length) {
      throw invalid("invalid checksum digest length");
    }
    if (!LOWER_HEX.matcher(hex).matches()) {
      throw invalid("invalid checksum digest format");
    }
    return digest;
  }

  public static boolean isValid(String digest) {
    try {
      validate(digest);
      return true;
    } catch (DrydockException.InvalidArgument e) {
      return false;
    }
  }

  private static DrydockException.InvalidArgument invalid(String message) {
    return new DrydockException.InvalidArgument(message);
  }
}
