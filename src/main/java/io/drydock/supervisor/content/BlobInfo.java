package io.drydock.supervisor.content;

import io.drydock.common.Digest;
import java.time.Instant;
import java.util.Map;

/**
 * What the store knows about one blob besides its bytes: size, OCI media type, labels (among them
 * the gc reference labels read by {@link GcLabels}) and when it was first stored.
 */
public record BlobInfo(Digest digest, long size, String mediaType, Map<String, String> labels, Instant created) {
  public BlobInfo {
    labels = Map.copyOf(labels);
  }

  /** The same blob with other labels. */
  public BlobInfo withLabels(Map<String, String> newLabels) {
    return new BlobInfo(digest, size, mediaType, newLabels, created);
  }
}
