package io.drydock.engine.image;

import io.drydock.common.DaemonThreads;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RemoteRepository;
import io.drydock.supervisor.content.WriteRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code docker pull}: resolve the reference to a manifest (choosing a platform from a list),
 * fetch config and layers — layers concurrently, at most {@code concurrentDownloads} at a time —
 * each checked against its descriptor's digest and size as it streams into the content store,
 * then each layer's uncompressed digest against the config's diff_ids (reading it once, which
 * also gives its unpacked size, recorded for {@code Size}). Only then is the image
 * registered and tagged, so an interrupted or tampered pull leaves no image, and its blobs are
 * collected (the next pull starts clean).
 */
final class PullOperation {
  private static final Logger LOG = LoggerFactory.getLogger(PullOperation.class);
  private static final Duration DOWNLOADS_END_WAIT = Duration.ofSeconds(60);

  private final ImageStore store;
  private final RegistryClient client;

  PullOperation(ImageStore store, RegistryClient client) {
    this.store = store;
    this.client = client;
  }

  ImageId pull(ImageRef ref, Platform platform, Optional<RegistryAuth> auth, Consumer<ProgressEvent> progress) {
    client.ping(ref.domain());
    RemoteRepository repo = client.repository(ref, auth, false);
    String reference = ref.digest().orElse(ref.tag().orElse(ImageRef.DEFAULT_TAG));
    progress.accept(ProgressEvent.status(reference, "Pulling from " + ref.path()));
    RemoteRepository.FetchedManifest top = fetch(repo, ref, reference);
    RemoteRepository.FetchedManifest chosen = top;
    String type = ImageJson.mediaTypeOf(top.bytes(), top.mediaType());
    if (MediaTypes.isIndex(type)) {
      Descriptor d = PlatformChoice.choose(ImageJson.readIndex(top.bytes()), platform);
      chosen = fetch(repo, ref, d.digest().toString());
      type = ImageJson.mediaTypeOf(chosen.bytes(), d.mediaType());
    }
    if (!MediaTypes.isManifest(type)) {
      throw new DrydockException.InvalidArgument("unsupported manifest media type " + type + " for " + ref.familiarName());
    }
    RemoteRepository.FetchedManifest manifestBytes = chosen;
    ImageJson.Manifest manifest = ImageJson.readManifest(chosen.bytes(), type);
    boolean existed = store.exists(new ImageId(manifest.config().digest()));
    String manifestType = type;
    ImageId id = store.underLease(lease -> {
      Descriptor manifestDesc = Descriptor.of(manifestType, manifestBytes.digest(), manifestBytes.bytes().length);
      lease.protect(manifestDesc.digest());
      store.content().write(new ByteArrayInputStream(manifestBytes.bytes()), WriteRequest.of(manifestDesc.digest(), manifestDesc.size(), manifestType));
      download(repo, lease, manifest.config(), Optional.empty(), progress);
      ConfigDocument config = store.configOf(new ImageId(manifest.config().digest()));
      if (config.diffIds().size() != manifest.layers().size()) {
        throw new DrydockException.InvalidArgument("invalid image " + ref.familiarName() + ": config lists "
            + config.diffIds().size() + " diff_ids but the manifest has " + manifest.layers().size() + " layers");
      }
      downloadLayers(repo, lease, manifest.layers(), progress);
      verifyDiffIds(manifest.layers(), config.diffIds(), progress);
      ImageId registered = store.register(manifestDesc, Optional.empty());
      recordSource(repo, manifest);
      return registered;
    });
    ref.tag().ifPresent(t -> store.tag(ref.repository().withTag(t), id));
    store.tag(ref.repository().withDigest(top.digest().toString()), id);
    progress.accept(ProgressEvent.message("Digest: " + top.digest()));
    progress.accept(ProgressEvent.message((existed ? "Status: Image is up to date for " : "Status: Downloaded newer image for ") + ref.familiarName()));
    return id;
  }

  private static RemoteRepository.FetchedManifest fetch(RemoteRepository repo, ImageRef ref, String reference) {
    try {
      return repo.manifest(reference);
    } catch (DrydockException.NotFound e) {
      throw new DrydockException.NotFound("manifest for " + ref.familiarName() + " not found: " + e.getMessage());
    }
  }

  private void downloadLayers(RemoteRepository repo, ImageStore.Lease lease, List<Descriptor> layers, Consumer<ProgressEvent> progress) {
    Map<Digest, Descriptor> distinct = new LinkedHashMap<>();
    layers.forEach(l -> distinct.putIfAbsent(l.digest(), l));
    ExecutorService pool = Executors.newFixedThreadPool(client.config().concurrentDownloads(), DaemonThreads.named("drydock-pull"));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Descriptor layer : distinct.values()) {
        lease.protect(layer.digest());
        if (store.content().exists(layer.digest())) {
          progress.accept(ProgressEvent.status(shortOf(layer.digest()), "Already exists"));
          continue;
        }
        progress.accept(ProgressEvent.status(shortOf(layer.digest()), "Pulling fs layer"));
        futures.add(pool.submit(() -> download(repo, lease, layer, Optional.of(shortOf(layer.digest())), progress)));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
      // A failed layer ends the pull, and with it the lease that protects the other layers'
      // blobs: a download still running would commit its blob after the lease's clean-up and
      // leave it behind. They end (interrupted, or done) before the lease does.
      awaitTermination(pool);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(DOWNLOADS_END_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("pull: layer downloads still running {} s after the pull ended", DOWNLOADS_END_WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new DrydockException.SystemError("pull: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.Unavailable("pull interrupted", e);
    }
  }

  /** Streams one blob into the content store; the store checks size and digest on the way. */
  private void download(RemoteRepository repo, ImageStore.Lease lease, Descriptor d, Optional<String> id, Consumer<ProgressEvent> progress) {
    lease.protect(d.digest());
    if (store.content().exists(d.digest())) {
      return;
    }
    try (InputStream in = new ProgressStream(repo.openBlob(d.digest()), d.size(), id, progress)) {
      store.content().write(in, WriteRequest.of(d.digest(), d.size(), d.mediaType()));
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument((id.isPresent() ? "filesystem layer" : "image config")
          + " verification failed for digest " + d.digest() + ": " + e.getMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DrydockException.Unavailable("download " + d.digest() + ": " + e.getMessage(), e);
    }
    id.ifPresent(s -> {
      progress.accept(ProgressEvent.status(s, "Verifying Checksum"));
      progress.accept(ProgressEvent.status(s, "Download complete"));
    });
  }

  /** Each layer, uncompressed, must hash to the diff_id its config promises. */
  private void verifyDiffIds(List<Descriptor> layers, List<Digest> diffIds, Consumer<ProgressEvent> progress) {
    for (int i = 0; i < layers.size(); i++) {
      Digest blob = layers.get(i).digest();
      LayerSizes.Measured measured;
      try (InputStream in = store.content().open(blob)) {
        measured = LayerSizes.measure(in);
      } catch (IOException e) {
        throw new DrydockException.InvalidArgument("layer " + blob + " is not a valid (compressed) tar: " + e.getMessage());
      }
      Digest actual = measured.diffId();
      if (!actual.equals(diffIds.get(i))) {
        throw new DrydockException.InvalidArgument("layer " + blob + ": uncompressed digest " + actual
            + " does not match the config's diff_id " + diffIds.get(i));
      }
      LayerSizes.record(store.content(), blob, measured.unpackedSize());
      progress.accept(ProgressEvent.status(shortOf(blob), "Pull complete"));
    }
  }

  private void recordSource(RemoteRepository repo, ImageJson.Manifest manifest) {
    String registry = repo.session().endpoint().domain();
    DistributionSource.record(store.content(), manifest.config().digest(), registry, repo.session().path());
    manifest.layers().forEach(l -> DistributionSource.record(store.content(), l.digest(), registry, repo.session().path()));
  }

  static String shortOf(Digest d) {
    return d.hex().substring(0, 12);
  }
}
