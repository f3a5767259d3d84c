package io.drydock.common;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A container's identity: 64 lowercase hex characters, like dockerd's ids, so that clients which
 * slice or pattern-match ids keep working. Generated from {@link SecureRandom} because an id is
 * also a capability in practice (whoever knows it can address the container).
 */
public record ContainerId(String value) implements Comparable<ContainerId> {
  private static final Pattern FULL = Pattern.compile("[0-9a-f]{64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SHORT_LENGTH = 12;

  public ContainerId {
    if (value == null || !FULL.matcher(value).matches()) {
      throw new DrydockException.InvalidArgument("invalid container id: \"" + value + "\"");
    }
  }

  /** Parses a full id; a short or malformed one is an {@code InvalidArgument}. */
  public static ContainerId of(String value) {
    return new ContainerId(value);
  }

  /** Whether {@code value} has the form of a full id (it may still name no container). */
  public static boolean isFullId(String value) {
    return value != null && FULL.matcher(value).matches();
  }

  /**
   * A fresh random id. Like moby, an id whose short form is all digits is drawn again: a short id
   * that reads as a number would be taken for one by tools that parse it.
   */
  public static ContainerId generate() {
    byte[] bytes = new byte[32];
    while (true) {
      RANDOM.nextBytes(bytes);
      String hex = HexFormat.of().formatHex(bytes);
      if (!hex.substring(0, SHORT_LENGTH).chars().allMatch(Character::isDigit)) {
        return new ContainerId(hex);
      }
    }
  }

  /** The 12-character form shown by {@code docker ps}. */
  public String shortId() {
    return value.substring(0, SHORT_LENGTH);
  }

  @Override
  public int compareTo(ContainerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
