package io.drydock.engine.image;

import io.drydock.common.Digest;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI content descriptor: what a manifest says about a blob it references (type, digest,
 * size), plus the platform of an index entry and annotations (an OCI layout names its images
 * with them).
 */
public record Descriptor(
    String mediaType, Digest digest, long size, Optional<Platform> platform, Map<String, String> annotations) {
  public Descriptor {
    annotations = Map.copyOf(annotations);
  }

  public static Descriptor of(String mediaType, Digest digest, long size) {
    return new Descriptor(mediaType, digest, size, Optional.empty(), Map.of());
  }
}
