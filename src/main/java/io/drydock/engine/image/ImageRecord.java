package io.drydock.engine.image;

import io.drydock.common.Digest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows about one image, read from its manifest, its config and the reference
 * index: the engine's own record (the API translates it into {@code ImageSummary} /
 * {@code ImageInspect}).
 *
 * <p>{@code size} is the sum of the unpacked sizes of the image's distinct layers (what dockerd
 * reports, see {@link LayerSizes}); {@code sharedSize} the part of it that other images also use
 * (each layer is stored once, see spec/images.md).
 */
public record ImageRecord(
    ImageId id,
    List<String> repoTags,
    List<String> repoDigests,
    Optional<ImageId> parent,
    Instant created,
    long size,
    long sharedSize,
    ImageConfig config,
    Platform platform,
    String author,
    String comment,
    List<Digest> diffIds,
    List<Descriptor> layers,
    List<HistoryEntry> history,
    Descriptor manifest,
    CommittedFrom committedFrom) {
  public ImageRecord {
    repoTags = List.copyOf(repoTags);
    repoDigests = List.copyOf(repoDigests);
    diffIds = List.copyOf(diffIds);
    layers = List.copyOf(layers);
    history = List.copyOf(history);
  }

  /** An image with no name (neither tag nor digest reference): shown as {@code <none>:<none>}. */
  public boolean dangling() {
    return repoTags.isEmpty() && repoDigests.isEmpty();
  }
}
