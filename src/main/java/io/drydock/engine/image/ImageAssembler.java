package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.content.BlobInfo;
import io.drydock.supervisor.content.ContentStore;
import io.drydock.supervisor.content.WriteRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Turns content into a registered image: stores a config and an OCI manifest for layers already
 * in the content store and registers the result; and stores an uncompressed layer tar, checking
 * that it really is a tar. Shared by import, the built-in image and load of a docker-archive.
 *
 * <p>Local layers are stored uncompressed ({@code application/vnd.oci.image.layer.v1.tar}), so a
 * layer's digest equals its diff_id and the same files always give the same image id.
 */
final class ImageAssembler {
  private ImageAssembler() {}

  static ImageId assemble(ImageStore store, ImageStore.Lease lease, ConfigDocument config, List<Descriptor> layers, Optional<ImageId> parent) {
    return store.register(storeManifest(store, lease, config.write(), layers), parent);
  }

  /**
   * Stores {@code configBytes} exactly as given (re-encoding would change the id) and an OCI
   * manifest over it and {@code layers}; returns the manifest's descriptor, not yet registered.
   */
  static Descriptor storeManifest(ImageStore store, ImageStore.Lease lease, byte[] configBytes, List<Descriptor> layers) {
    Descriptor configDesc = storeBytes(store.content(), lease, configBytes, MediaTypes.OCI_CONFIG);
    byte[] manifest = ImageJson.writeOciManifest(configDesc, layers);
    return storeBytes(store.content(), lease, manifest, MediaTypes.OCI_MANIFEST);
  }

  static Descriptor storeBytes(ContentStore content, ImageStore.Lease lease, byte[] bytes, String mediaType) {
    Descriptor d = Descriptor.of(mediaType, io.drydock.common.Digest.sha256Of(bytes), bytes.length);
    lease.protect(d.digest());
    content.write(new ByteArrayInputStream(bytes), WriteRequest.of(d.digest(), d.size(), mediaType));
    return d;
  }

  /** Stores an uncompressed layer tar (read from {@code uncompressed}) and checks it parses as a tar. */
  static Descriptor storeLayer(ContentStore content, ImageStore.Lease lease, InputStream uncompressed, Optional<io.drydock.common.Digest> expected) {
    WriteRequest request = expected.map(d -> new WriteRequest(Optional.of(d), java.util.OptionalLong.empty(), MediaTypes.OCI_LAYER, java.util.Map.of()))
        .orElse(WriteRequest.unverified(MediaTypes.OCI_LAYER));
    BlobInfo info;
    try {
      info = content.write(uncompressed, request);
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("layer verification failed: " + e.getMessage());
    }
    lease.protect(info.digest());
    requireTar(content, info);
    return Descriptor.of(MediaTypes.OCI_LAYER, info.digest(), info.size());
  }

  private static void requireTar(ContentStore content, BlobInfo info) {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(content.open(info.digest()))) {
      while (tar.getNextEntry() != null) {
        // reading every header is the check
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DrydockException.InvalidArgument("invalid tar archive: " + e.getMessage());
    }
  }
}
