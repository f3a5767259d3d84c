package io.drydock.engine.container.fs;

import java.util.Map;

/**
 * The user and group names a tar header carries beside the numeric owner ({@code uname},
 * {@code gname}). dockerd 20.10 writes {@code docker cp} and {@code docker export} archives inside
 * the container's root, so the names are the container's own ({@code /etc/passwd},
 * {@code /etc/group}), never the host's; an id without an entry gets no name.
 */
public record OwnerNames(Map<Long, String> users, Map<Long, String> groups) {
  /** No names: the header keeps only the numbers (image layers of commit). */
  public static final OwnerNames NONE = new OwnerNames(Map.of(), Map.of());

  public OwnerNames {
    users = Map.copyOf(users);
    groups = Map.copyOf(groups);
  }

  String user(long uid) {
    return users.getOrDefault(uid, "");
  }

  String group(long gid) {
    return groups.getOrDefault(gid, "");
  }
}
