package io.drydock.api;

import io.drydock.common.DrydockException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version middleware, as a pure function: splits {@code /v1.41/info} into the version and the
 * route path, and refuses versions outside {@code [1.24, 1.41]} with dockerd's messages. An
 * unversioned path means the current version, as in dockerd.
 */
public final class VersionGate {
  private static final Pattern VERSIONED = Pattern.compile("^/v([0-9.]+)(/.*)$");

  private VersionGate() {}

  /** A request path with the version prefix taken off. */
  public record VersionedPath(ApiVersion version, String path) {}

  public static VersionedPath split(String rawPath) {
    Matcher m = VERSIONED.matcher(rawPath);
    if (!m.matches()) {
      return new VersionedPath(ApiVersion.CURRENT, rawPath);
    }
    ApiVersion version = ApiVersion.parse(m.group(1));
    check(version);
    return new VersionedPath(version, m.group(2));
  }

  static void check(ApiVersion version) {
    if (version.compareTo(ApiVersion.CURRENT) > 0) {
      throw new DrydockException.InvalidArgument(
          "client version " + version + " is too new. Maximum supported API version is " + ApiVersion.CURRENT);
    }
    if (version.compareTo(ApiVersion.MINIMUM) < 0) {
      throw new DrydockException.InvalidArgument(
          "client version " + version + " is too old. Minimum supported API version is " + ApiVersion.MINIMUM
              + ", please upgrade your client to a newer version");
    }
  }
}
