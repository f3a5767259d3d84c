package io.drydock.engine.registry;

import java.util.Set;

/**
 * The daemon's registry settings: hosts ({@code host} or {@code host:port}) reached over plain
 * http ({@code --insecure-registry}), and how many blobs transfer at once (dockerd's
 * {@code max-concurrent-downloads} 3 and {@code max-concurrent-uploads} 5).
 */
public record RegistryConfig(Set<String> insecureRegistries, int concurrentDownloads, int concurrentUploads) {
  public static final RegistryConfig DEFAULT = new RegistryConfig(Set.of(), 3, 5);

  public RegistryConfig {
    insecureRegistries = Set.copyOf(insecureRegistries);
    if (concurrentDownloads < 1 || concurrentUploads < 1) {
      throw new io.drydock.common.DrydockException.InvalidArgument("concurrent transfers must be at least 1");
    }
  }
}
