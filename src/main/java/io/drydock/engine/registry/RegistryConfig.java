package io.drydock.engine.registry;

import java.util.Set;

/**
 * The daemon's registry settings: hosts ({@code host} or {@code host:port}) reached over plain
 * http ({@code --insecure-registry}), how many blobs transfer at once (dockerd's
 * {@code max-concurrent-downloads} 3 and {@code max-concurrent-uploads} 5), and the size above
 * which a blob is uploaded in chunks ({@code PATCH}) rather than in one {@code PUT}.
 */
public record RegistryConfig(Set<String> insecureRegistries, int concurrentDownloads, int concurrentUploads, long uploadChunkSize) {
  public static final long DEFAULT_CHUNK = 32L * 1024 * 1024;
  public static final RegistryConfig DEFAULT = new RegistryConfig(Set.of(), 3, 5, DEFAULT_CHUNK);

  public RegistryConfig {
    insecureRegistries = Set.copyOf(insecureRegistries);
    if (concurrentDownloads < 1 || concurrentUploads < 1) {
      throw new io.drydock.common.DrydockException.InvalidArgument("concurrent transfers must be at least 1");
    }
    if (uploadChunkSize < 1) {
      throw new io.drydock.common.DrydockException.InvalidArgument("upload chunk size must be positive");
    }
  }

  /** The defaults with these insecure registries (the daemon's {@code --insecure-registry} flags). */
  public static RegistryConfig withInsecure(Set<String> hosts) {
    return new RegistryConfig(hosts, DEFAULT.concurrentDownloads, DEFAULT.concurrentUploads, DEFAULT_CHUNK);
  }
}
