package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RemoteRepository;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker buildx imagetools} / swarm's view of a remote image, as dockerd's
 * {@code getDistributionInfo}: fetch the manifest the reference names; a list gives its entries'
 * platforms, a single manifest the platform of its config (fetched and checked against its digest,
 * at most 1 MiB). Nothing is stored.
 */
final class DistributionInspection {
  private static final int MAX_CONFIG = 1 << 20;

  private final RegistryClient client;

  DistributionInspection(RegistryClient client) {
    this.client = client;
  }

  DistributionInfo inspect(ImageRef ref, Optional<RegistryAuth> auth) {
    RemoteRepository repo = client.repository(ref, auth, false);
    String reference = ref.digest().orElse(ref.tag().orElse(ImageRef.DEFAULT_TAG));
    RemoteRepository.FetchedManifest fetched = repo.manifest(reference);
    String type = ImageJson.mediaTypeOf(fetched.bytes(), fetched.mediaType());
    Descriptor descriptor = Descriptor.of(type, fetched.digest(), fetched.bytes().length);
    if (MediaTypes.isIndex(type)) {
      List<Platform> platforms = ImageJson.readIndex(fetched.bytes()).stream()
          .map(d -> d.platform().orElse(new Platform("", "", ""))).toList();
      return new DistributionInfo(descriptor, platforms);
    }
    if (!MediaTypes.isManifest(type)) {
      throw new DrydockException.InvalidArgument("unsupported manifest media type " + type + " for " + ref.familiarName());
    }
    Descriptor config = ImageJson.readManifest(fetched.bytes(), type).config();
    return new DistributionInfo(descriptor, List.of(ConfigDocument.read(configBytes(repo, config.digest())).platform()));
  }

  private static byte[] configBytes(RemoteRepository repo, Digest digest) {
    byte[] bytes;
    try (InputStream in = repo.openBlob(digest)) {
      bytes = in.readNBytes(MAX_CONFIG + 1);
    } catch (IOException e) {
      throw new DrydockException.Unavailable("fetch image config " + digest + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_CONFIG) {
      throw new DrydockException.InvalidArgument("image config " + digest + " is larger than " + MAX_CONFIG + " bytes");
    }
    Digest actual = Digest.sha256Of(bytes);
    if (!actual.equals(digest)) {
      throw new DrydockException.InvalidArgument("image config verification failed for digest " + digest + ": got " + actual);
    }
    return bytes;
  }
}
