package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code HostConfig.StorageOpt} ({@code --storage-opt}) on overlay2 without xfs project quotas, as
 * drydock's snapshots are: dockerd 20.10's overlay2 refuses {@code size} (the only option it has)
 * because it cannot enforce it, and any other key as unknown, both as a 500 of the create, which
 * then leaves nothing. Keys are looked at in sorted order (Go's map order is random).
 */
final class StorageOptRule {
  static final String NO_QUOTA = "--storage-opt is supported only for overlay over xfs with 'pquota' mount option";

  private StorageOptRule() {}

  static void check(Map<String, String> opts) {
    if (opts == null || opts.isEmpty()) {
      return;
    }
    if (opts.containsKey("size")) {
      throw new DrydockException.SystemError(NO_QUOTA);
    }
    for (String key : new TreeMap<>(opts).keySet()) {
      String k = key.toLowerCase(Locale.ROOT);
      throw new DrydockException.SystemError(k.equals("size") ? NO_QUOTA : "Unknown option " + k);
    }
  }
}
