package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RemoteRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code docker push}: each layer (skipped when the registry has it, mounted from another
 * repository of the same registry when drydock knows one that holds it, else uploaded), then the
 * config, then the manifest — byte for byte the stored one, so the pushed digest is the local
 * one. The image then gets the repository digest reference, as in dockerd.
 */
final class PushOperation {
  private final ImageStore store;
  private final RegistryClient client;

  PushOperation(ImageStore store, RegistryClient client) {
    this.store = store;
    this.client = client;
  }

  Images.PushResult push(ImageRef ref, Optional<RegistryAuth> auth, Consumer<ProgressEvent> progress) {
    String tag = ref.tag().orElse(ImageRef.DEFAULT_TAG);
    ImageRef tagged = ref.repository().withTag(tag);
    // dockerd names the repository before it looks for the image, so a missing one is an in-band
    // error, and it contacts the registry only for an image it has
    progress.accept(ProgressEvent.message("The push refers to repository [" + ref.name() + "]"));
    ImageId id = store.lookup(tagged).orElseThrow(() -> new DrydockException.NotFound(
        "An image does not exist locally with the tag: " + ref.familiarRepository()));
    client.ping(ref.domain());
    RemoteRepository repo = client.repository(ref, auth, true);
    ImageJson.Manifest manifest = store.manifestOf(id);
    List<Descriptor> layers = new ArrayList<>(manifest.layers());
    java.util.Collections.reverse(layers);
    layers.forEach(l -> progress.accept(ProgressEvent.status(PullOperation.shortOf(l.digest()), "Preparing")));
    for (Descriptor layer : layers) {
      pushBlob(repo, layer, true, progress);
    }
    pushBlob(repo, manifest.config(), false, progress);
    Descriptor manifestDesc = store.record(id).manifest();
    byte[] bytes = store.readBlob(manifestDesc.digest());
    Digest digest = repo.putManifest(tag, bytes, manifestDesc.mediaType());
    store.tag(ref.repository().withDigest(digest.toString()), id);
    progress.accept(ProgressEvent.message(tag + ": digest: " + digest + " size: " + bytes.length));
    return new Images.PushResult(tag, digest, bytes.length);
  }

  private void pushBlob(RemoteRepository repo, Descriptor d, boolean layer, Consumer<ProgressEvent> progress) {
    String shortId = PullOperation.shortOf(d.digest());
    String registry = repo.session().endpoint().domain();
    String path = repo.session().path();
    if (repo.blobExists(d.digest())) {
      if (layer) {
        progress.accept(ProgressEvent.status(shortId, "Layer already exists"));
      }
    } else {
      Optional<String> from = DistributionSource.elsewhere(store.content(), d.digest(), registry, path);
      if (from.isPresent() && repo.mount(d.digest(), from.get())) {
        progress.accept(ProgressEvent.status(shortId, "Mounted from " + from.get()));
      } else {
        long size = store.content().info(d.digest()).size();
        if (layer) {
          progress.accept(new ProgressEvent(shortId, "Pushing", 0, size));
        }
        repo.upload(d.digest(), store.content().path(d.digest()), client.config().uploadChunkSize());
        if (layer) {
          progress.accept(new ProgressEvent(shortId, "Pushing", size, size));
          progress.accept(ProgressEvent.status(shortId, "Pushed"));
        }
      }
    }
    DistributionSource.record(store.content(), d.digest(), registry, path);
  }
}
