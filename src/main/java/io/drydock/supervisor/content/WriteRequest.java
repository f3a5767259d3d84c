package io.drydock.supervisor.content;

import io.drydock.common.Digest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a writer promises about a blob before sending it: its digest and/or size when known (both
 * are checked while the bytes arrive), its media type and initial labels.
 */
public record WriteRequest(
    Optional<Digest> expectedDigest, OptionalLong expectedSize, String mediaType, Map<String, String> labels) {
  public static final String OCTET_STREAM = "application/octet-stream";

  public WriteRequest {
    labels = Map.copyOf(labels);
    if (expectedSize.isPresent() && expectedSize.getAsLong() < 0) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "invalid expected size " + expectedSize.getAsLong() + ": must not be negative");
    }
  }

  /** A blob whose digest and size are known, as from a registry manifest descriptor. */
  public static WriteRequest of(Digest digest, long size, String mediaType) {
    return new WriteRequest(Optional.of(digest), OptionalLong.of(size), mediaType, Map.of());
  }

  /** A blob whose digest is found out by writing it. */
  public static WriteRequest unverified(String mediaType) {
    return new WriteRequest(Optional.empty(), OptionalLong.empty(), mediaType, Map.of());
  }

  public WriteRequest withLabels(Map<String, String> newLabels) {
    return new WriteRequest(expectedDigest, expectedSize, mediaType, newLabels);
  }
}
