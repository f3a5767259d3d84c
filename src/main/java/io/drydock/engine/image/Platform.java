package io.drydock.engine.image;

import java.util.Locale;

/**
 * The platform an image is built for, in OCI/Go terms ({@code linux}, {@code amd64}, variant
 * {@code v8}). Matching is what picks one manifest out of a manifest list.
 */
public record Platform(String os, String architecture, String variant) {
  public Platform {
    variant = variant == null ? "" : variant;
  }

  /** The platform of this JVM's machine, in Go's architecture names. */
  public static Platform host() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "amd64", "x86_64" -> new Platform("linux", "amd64", "");
      case "aarch64", "arm64" -> new Platform("linux", "arm64", "v8");
      case "arm" -> new Platform("linux", "arm", "v7");
      default -> new Platform("linux", arch, "");
    };
  }

  /**
   * Parses {@code os/arch[/variant]} as {@code docker pull --platform} does; an empty string is
   * the host's platform.
   */
  public static Platform parse(String text) {
    if (text == null || text.isBlank()) {
      return host();
    }
    String[] parts = text.toLowerCase(Locale.ROOT).split("/");
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "\"" + text + "\": unknown operating system or architecture: invalid argument");
    }
    return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
  }

  /**
   * Whether an index entry for {@code other} can run here: os and architecture equal; a variant
   * that the wanted platform names must match (arm64's implied {@code v8} matches an empty one).
   */
  public boolean accepts(Platform other) {
    if (!os.equals(other.os) || !architecture.equals(other.architecture)) {
      return false;
    }
    if (variant.isEmpty() || other.variant.isEmpty()) {
      return true;
    }
    return variant.equals(other.variant);
  }

  @Override
  public String toString() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
