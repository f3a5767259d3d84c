package io.drydock.engine.image;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker commit}: a container's writable layer (an uncompressed OCI layer tar, whiteouts
 * included) stacked on its image's layers becomes a new image. The config is the container's,
 * with the {@code --change} instructions applied ({@link ImportChanges}); the history gains one
 * entry whose {@code created_by} is the container's command, as dockerd writes it. The layer is
 * stored uncompressed like every local layer (its digest is its diff ID); the image is registered
 * with the container's image as parent. A container that changed nothing gives the empty tar
 * (1024 zero bytes): as dockerd, that layer is left out and the history entry is marked
 * {@code empty_layer}, so committing an unchanged container (or a builder's {@code RUN true}) adds
 * no layer. All or nothing: the image store's lease drops what a failed commit stored.
 */
public final class ImageCommit {
  /** The digest of an empty tar archive: the diff ID of a layer that changes nothing. */
  static final io.drydock.common.Digest EMPTY_TAR = new io.drydock.common.Digest(io.drydock.common.Digest.SHA256,
      "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef");

  private ImageCommit() {}

  /** What the new image says about itself. */
  public record Request(ImageConfig config, List<String> changes, String comment, String author, String createdBy, Instant created) {}

  /** A builder step's commit: the image's {@code config} holds no container settings. */
  public static ImageId run(ImageStore store, ImageRecord parent, InputStream layerTar, Request request, CommittedFrom from) {
    return run(store, parent, layerTar, request, from, ContainerSettings.NONE);
  }

  /**
   * @param from the container committed, as the image's {@code container} and {@code container_config} keep it
   * @param configSettings the container settings the image's {@code config} holds too ({@code docker commit}: the container's)
   */
  public static ImageId run(ImageStore store, ImageRecord parent, InputStream layerTar, Request request, CommittedFrom from,
      ContainerSettings configSettings) {
    ImageConfig config = ImportChanges.apply(request.config(), request.changes());
    return store.underLease(lease -> {
      Descriptor layer = ImageAssembler.storeLayer(store.content(), lease, layerTar, Optional.empty());
      boolean empty = layer.digest().equals(EMPTY_TAR);
      List<Descriptor> layers = new ArrayList<>(parent.layers());
      List<io.drydock.common.Digest> diffIds = new ArrayList<>(parent.diffIds());
      if (!empty) {
        layers.add(layer);
        diffIds.add(layer.digest());
      }
      List<HistoryEntry> history = new ArrayList<>(parent.history());
      history.add(new HistoryEntry(Optional.of(request.created()), request.createdBy(), request.comment(), empty));
      ConfigDocument doc = new ConfigDocument(parent.platform(), Optional.of(request.created()), request.author(), request.comment(), config,
          diffIds, history, from, configSettings);
      return ImageAssembler.assemble(store, lease, doc, layers, Optional.of(parent.id()));
    });
  }

  /**
   * A builder step that changes only the config (ENV, LABEL, CMD, ...): the parent's layers, the
   * new config, one history entry marked {@code empty_layer}, as dockerd's builder commits them.
   * Without a parent ({@code FROM scratch}) the image has no layers; an empty {@code createdBy}
   * then adds no history entry (the empty base a scratch build's first layer goes on).
   */
  public static ImageId configOnly(ImageStore store, Optional<ImageRecord> parent, Request request) {
    return store.underLease(lease -> {
      List<HistoryEntry> history = new ArrayList<>(parent.map(ImageRecord::history).orElse(List.of()));
      if (!request.createdBy().isEmpty() || parent.isPresent()) {
        history.add(new HistoryEntry(Optional.of(request.created()), request.createdBy(), request.comment(), true));
      }
      Platform platform = parent.map(ImageRecord::platform).orElse(Platform.host());
      ConfigDocument doc = new ConfigDocument(platform, Optional.of(request.created()), request.author(), request.comment(), request.config(),
          parent.map(ImageRecord::diffIds).orElse(List.of()), history, CommittedFrom.NONE);
      return ImageAssembler.assemble(store, lease, doc, parent.map(ImageRecord::layers).orElse(List.of()), parent.map(ImageRecord::id));
    });
  }
}
