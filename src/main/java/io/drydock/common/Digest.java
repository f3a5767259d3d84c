package io.drydock.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A content digest as OCI writes it ({@code sha256:<64 lowercase hex>}). Validated once here so that
 * a digest can name a file on disk without any further checking: it never contains a slash, a dot
 * or an upper-case letter. Only sha256 is accepted, as in Docker's image store.
 */
public record Digest(String algorithm, String hex) implements Comparable<Digest> {
  public static final String SHA256 = "sha256";
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public Digest {
    if (!SHA256.equals(algorithm)) {
      throw new DrydockException.InvalidArgument(
          "unsupported digest algorithm: \"" + algorithm + "\" (only sha256 is supported)");
    }
    if (hex == null || !HEX64.matcher(hex).matches()) {
      throw new DrydockException.InvalidArgument(
          "invalid checksum digest format: \"" + algorithm + ":" + hex + "\" (want sha256: and 64 lowercase hex digits)");
    }
  }

  /** Parses {@code sha256:<hex>}; anything else is an InvalidArgument naming the input. */
  public static Digest parse(String text) {
    if (text == null) {
      throw new DrydockException.InvalidArgument("invalid digest: null");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new DrydockException.InvalidArgument(
          "invalid checksum digest format: \"" + text + "\" (want sha256:<64 hex digits>)");
    }
    return new Digest(text.substring(0, colon), text.substring(colon + 1));
  }

  /** A digest from the raw 32 bytes of a finished sha256. */
  public static Digest ofSha256(byte[] raw) {
    return new Digest(SHA256, HexFormat.of().formatHex(raw));
  }

  /** The sha256 digest of {@code bytes}. */
  public static Digest sha256Of(byte[] bytes) {
    return ofSha256(newSha256().digest(bytes));
  }

  /** A fresh sha256 hasher; every JDK has one. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }

  @Override
  public int compareTo(Digest other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
