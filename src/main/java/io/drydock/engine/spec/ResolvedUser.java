package io.drydock.engine.spec;

import java.util.List;

/** The numeric identity the container's process runs as, after names were looked up in the image. */
public record ResolvedUser(long uid, long gid, List<Long> additionalGids) {
  public static final ResolvedUser ROOT = new ResolvedUser(0, 0, List.of());

  public ResolvedUser {
    additionalGids = List.copyOf(additionalGids);
  }
}
