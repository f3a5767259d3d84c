package io.drydock.engine.spec;

import java.util.List;

/**
 * The numeric identity the container's process runs as, after names were looked up in the image,
 * and its home directory ({@code HOME} when the container's env has none, as runc sets it: the
 * passwd entry's, else {@code /}).
 */
public record ResolvedUser(long uid, long gid, List<Long> additionalGids, String home) {
  public static final ResolvedUser ROOT = new ResolvedUser(0, 0, List.of(0L), "/");

  public ResolvedUser {
    additionalGids = List.copyOf(additionalGids);
    home = home == null || home.isEmpty() ? "/" : home;
  }

  public ResolvedUser(long uid, long gid, List<Long> additionalGids) {
    this(uid, gid, additionalGids, "/");
  }
}
