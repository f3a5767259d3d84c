package io.drydock.engine.image;

import io.drydock.common.Digest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows about one image, read from its manifest, its config and the reference
 * index: the engine's own record (the API translates it into {@code ImageSummary} /
 * {@code ImageInspect}). {@code configSettings}: the container-only fields its {@code config}
 * holds (a committed container's, see {@link ContainerSettings}).
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
    CommittedFrom committedFrom,
    ContainerSettings configSettings) {
  public ImageRecord {
    configSettings = configSettings == null ? ContainerSettings.NONE : configSettings;
    repoTags = List.copyOf(repoTags);
    repoDigests = List.copyOf(repoDigests);
    diffIds = List.copyOf(diffIds);
    layers = List.copyOf(layers);
    history = List.copyOf(history);
  }

  /** A record whose config holds no container settings. */
  public ImageRecord(ImageId id, List<String> repoTags, List<String> repoDigests, Optional<ImageId> parent, Instant created, long size,
      long sharedSize, ImageConfig config, Platform platform, String author, String comment, List<Digest> diffIds, List<Descriptor> layers,
      List<HistoryEntry> history, Descriptor manifest, CommittedFrom committedFrom) {
    this(id, repoTags, repoDigests, parent, created, size, sharedSize, config, platform, author, comment, diffIds, layers, history, manifest,
        committedFrom, ContainerSettings.NONE);
  }

  /** An image with no name (neither tag nor digest reference): shown as {@code <none>:<none>}. */
  public boolean dangling() {
    return repoTags.isEmpty() && repoDigests.isEmpty();
  }
}
