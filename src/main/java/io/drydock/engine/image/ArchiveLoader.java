package io.drydock.engine.image;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.supervisor.content.WriteRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker load}: a docker-archive (manifest.json + configs + layer tars, as dockerd writes)
 * or an OCI image layout (oci-layout + index.json + blobs/sha256). Every byte is verified before
 * any image is registered: docker-archive layers against the config's diff_ids, OCI blobs against
 * their descriptors. A mismatch anywhere is an InvalidArgument and the blobs already written are
 * collected, so a tampered archive stores nothing.
 */
final class ArchiveLoader {
  static final String CONTAINERD_NAME = "io.containerd.image.name";
  static final String OCI_REF_NAME = "org.opencontainers.image.ref.name";

  private final ImageStore store;

  ArchiveLoader(ImageStore store) {
    this.store = store;
  }

  private record Pending(Descriptor manifest, List<ImageRef> tags) {}

  List<LoadedImage> load(InputStream archive) {
    try (ArchiveDirectory dir = ArchiveDirectory.unpack(archive)) {
      return store.underLease(lease -> {
        List<Pending> pending;
        if (dir.has("manifest.json")) {
          pending = dockerArchive(dir, lease);
        } else if (dir.has("index.json") && dir.has("oci-layout")) {
          pending = ociLayout(dir, lease);
        } else {
          throw new DrydockException.InvalidArgument(
              "invalid archive: neither a docker-archive (manifest.json) nor an OCI image layout (oci-layout, index.json)");
        }
        List<LoadedImage> loaded = new ArrayList<>();
        for (Pending p : pending) {
          ImageId id = store.register(p.manifest(), Optional.empty());
          p.tags().forEach(t -> store.tag(t, id));
          loaded.add(new LoadedImage(id, p.tags().stream().map(ImageRef::familiarName).toList()));
        }
        return loaded;
      });
    }
  }

  private List<Pending> dockerArchive(ArchiveDirectory dir, ImageStore.Lease lease) {
    JsonNode manifest;
    try {
      manifest = ImageJson.JSON.readTree(dir.read("manifest.json"));
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid manifest.json: " + e.getMessage(), e);
    }
    if (manifest == null || !manifest.isArray()) {
      throw new DrydockException.InvalidArgument("invalid manifest.json: not a JSON array");
    }
    List<Pending> pending = new ArrayList<>();
    for (JsonNode entry : manifest) {
      byte[] configBytes = dir.read(entry.path("Config").asText());
      ConfigDocument config = ConfigDocument.read(configBytes);
      JsonNode layerPaths = entry.path("Layers");
      if (layerPaths.size() != config.diffIds().size()) {
        throw new DrydockException.InvalidArgument("invalid archive: " + entry.path("Config").asText() + " lists "
            + config.diffIds().size() + " diff_ids but manifest.json has " + layerPaths.size() + " layers");
      }
      List<Descriptor> layers = new ArrayList<>();
      for (int i = 0; i < layerPaths.size(); i++) {
        layers.add(storeLayer(dir, lease, layerPaths.get(i).asText(), config.diffIds().get(i)));
      }
      List<ImageRef> tags = new ArrayList<>();
      entry.path("RepoTags").forEach(t -> tags.add(ImageRef.parse(t.asText())));
      pending.add(new Pending(ImageAssembler.storeManifest(store, lease, configBytes, layers), tags));
    }
    return pending;
  }

  private Descriptor storeLayer(ArchiveDirectory dir, ImageStore.Lease lease, String path, Digest diffId) {
    try (InputStream in = Decompression.open(Files.newInputStream(dir.require(path)))) {
      return ImageAssembler.storeLayer(store.content(), lease, in, Optional.of(diffId));
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("invalid archive: layer " + path + " does not match diff_id " + diffId + " (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid archive: read layer " + path + ": " + e.getMessage(), e);
    }
  }

  private List<Pending> ociLayout(ArchiveDirectory dir, ImageStore.Lease lease) {
    List<Pending> pending = new ArrayList<>();
    for (Descriptor d : ImageJson.readIndex(dir.read("index.json"))) {
      Descriptor manifest = chooseManifest(dir, lease, d);
      List<ImageRef> tags = new ArrayList<>();
      nameOf(d).ifPresent(tags::add);
      pending.add(new Pending(manifest, tags));
    }
    return pending;
  }

  /** Stores a manifest (or, for a nested index, the host platform's manifest) with everything it references. */
  private Descriptor chooseManifest(ArchiveDirectory dir, ImageStore.Lease lease, Descriptor d) {
    byte[] bytes = storeBlob(dir, lease, d);
    String type = ImageJson.mediaTypeOf(bytes, d.mediaType());
    if (MediaTypes.isIndex(type)) {
      Descriptor chosen = PlatformChoice.choose(ImageJson.readIndex(bytes), Platform.host());
      return chooseManifest(dir, lease, chosen);
    }
    ImageJson.Manifest m = ImageJson.readManifest(bytes, type);
    storeBlob(dir, lease, m.config());
    m.layers().forEach(l -> storeBlob(dir, lease, l));
    return Descriptor.of(type, d.digest(), d.size());
  }

  private byte[] storeBlob(ArchiveDirectory dir, ImageStore.Lease lease, Descriptor d) {
    String member = "blobs/" + d.digest().algorithm() + "/" + d.digest().hex();
    lease.protect(d.digest());
    try (InputStream in = Files.newInputStream(dir.require(member))) {
      store.content().write(in, WriteRequest.of(d.digest(), d.size(), d.mediaType()));
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("invalid archive: blob " + member + " does not match its descriptor: " + e.getMessage());
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid archive: read " + member + ": " + e.getMessage(), e);
    }
    return MediaTypes.isManifest(d.mediaType()) || MediaTypes.isIndex(d.mediaType()) || d.mediaType().isEmpty()
        ? store.readBlob(d.digest()) : new byte[0];
  }

  private static Optional<ImageRef> nameOf(Descriptor d) {
    String name = d.annotations().getOrDefault(CONTAINERD_NAME, d.annotations().get(OCI_REF_NAME));
    if (name == null || !(name.contains("/") || name.contains(":"))) {
      return Optional.empty();
    }
    try {
      ImageRef ref = ImageRef.parse(name);
      return ref.digest().isPresent() ? Optional.empty() : Optional.of(ref);
    } catch (DrydockException.InvalidArgument e) {
      return Optional.empty();
    }
  }
}
