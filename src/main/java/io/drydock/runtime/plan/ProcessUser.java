package io.drydock.runtime.plan;

import java.util.List;
import java.util.OptionalInt;

/** The ids the process runs as, its supplementary groups and umask. */
public record ProcessUser(long uid, long gid, List<Long> additionalGids, OptionalInt umask) {
  public ProcessUser {
    additionalGids = List.copyOf(additionalGids);
  }
}
