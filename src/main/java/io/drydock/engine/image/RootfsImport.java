package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker import}: a root file system tar (plain, gzip or zstd) becomes a one-layer image.
 * The layer is stored uncompressed, so its digest is its diff_id. The config carries the
 * {@code --change} instructions, the message as comment and a history entry like dockerd's
 * ({@code Imported from -} when no message is given).
 */
final class RootfsImport {
  private RootfsImport() {}

  /** What to import: the config changes, message, creation time and platform. */
  record Request(List<String> changes, String message, Instant created, Platform platform, ImageConfig base, String createdBy) {}

  static ImageId run(ImageStore store, InputStream tar, Request request) {
    ImageConfig config = ImportChanges.apply(request.base(), request.changes());
    String comment = request.message() == null || request.message().isEmpty() ? "Imported from -" : request.message();
    return store.underLease(lease -> {
      Descriptor layer;
      try (InputStream plain = Decompression.open(tar)) {
        layer = ImageAssembler.storeLayer(store.content(), lease, plain, Optional.empty());
      } catch (IOException e) {
        throw new DrydockException.InvalidArgument("import: cannot read the archive: " + e.getMessage(), e);
      }
      ConfigDocument doc = new ConfigDocument(request.platform(), Optional.of(request.created()), "", comment, config,
          List.of(layer.digest()), List.of(new HistoryEntry(Optional.of(request.created()), request.createdBy(), comment, false)), CommittedFrom.NONE);
      return ImageAssembler.assemble(store, lease, doc, List.of(layer), Optional.empty());
    });
  }
}
