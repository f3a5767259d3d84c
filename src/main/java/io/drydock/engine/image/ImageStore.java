package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageLookup;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.supervisor.content.ContentStore;
import io.drydock.supervisor.content.GcLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Images as content: the {@link ImageIndex} (names and images) over the content store (bytes).
 *
 * <p>Lifecycle of an image: its blobs are written under a {@link Lease} (so a concurrent garbage
 * collection cannot take them), then {@link #register} checks that the manifest, config and every
 * layer are present, labels the manifest with its references and adds the image to the index in
 * one atomic write — an image exists completely or not at all. {@link #remove} takes it out of the
 * index and collects every blob no longer reachable from a manifest or a lease, so a layer shared
 * by two images stays until its last user goes.
 */
public final class ImageStore {
  private final ContentStore content;
  private final IndexFile file;
  private final Map<Digest, ConfigDocument> configs = new ConcurrentHashMap<>();
  private final Map<Digest, ImageJson.Manifest> manifests = new ConcurrentHashMap<>();
  private final Map<Digest, Long> unpackedSizes = new ConcurrentHashMap<>();
  private final Map<Lease, Set<Digest>> leases = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.LongAdder recordsBuilt = new java.util.concurrent.atomic.LongAdder();
  private ImageIndex index;

  private ImageStore(ContentStore content, Path root) {
    this.content = content;
    this.file = new IndexFile(root);
    this.index = file.read();
  }

  /**
   * Opens the image store whose index lives under {@code root} and collects the blobs that no
   * image references — what an import, load or pull interrupted by a crash left behind (no lease
   * survives a restart). The image store is the one owner of content garbage collection.
   */
  public static ImageStore open(ContentStore content, Path root) {
    ImageStore store = new ImageStore(content, root);
    store.collectGarbage();
    return store;
  }

  public ContentStore content() {
    return content;
  }

  /** Protection of blobs being written by an operation in progress; closing it ends the protection. */
  public final class Lease implements AutoCloseable {
    private Lease() {
      leases.put(this, ConcurrentHashMap.newKeySet());
    }

    public void protect(Digest digest) {
      leases.get(this).add(digest);
    }

    @Override
    public void close() {
      leases.remove(this);
    }
  }

  public Lease lease() {
    return new Lease();
  }

  /**
   * Runs {@code work} under a fresh lease. If it fails, the lease ends and the blobs it wrote
   * that no image references are collected: a failed operation leaves nothing behind.
   */
  public <T> T underLease(java.util.function.Function<Lease, T> work) {
    Lease lease = lease();
    try {
      return work.apply(lease);
    } catch (RuntimeException | Error e) {
      lease.close();
      collectGarbage();
      throw e;
    } finally {
      lease.close();
    }
  }

  /**
   * Adds the image whose manifest blob is {@code manifest} (already stored, as are its config and
   * layers). Returns its id; registering an image that exists again only updates its manifest.
   */
  public synchronized ImageId register(Descriptor manifest, Optional<ImageId> parent) {
    ImageJson.Manifest m = manifest(manifest.digest(), manifest.mediaType());
    for (Descriptor layer : m.layers()) {
      if (!content.exists(layer.digest())) {
        throw new DrydockException.InvalidArgument("image layer " + layer.digest() + " is missing from the content store");
      }
    }
    ConfigDocument config = config(m.config().digest());
    if (config.diffIds().size() != m.layers().size()) {
      throw new DrydockException.InvalidArgument("invalid image: config lists " + config.diffIds().size()
          + " diff_ids but the manifest has " + m.layers().size() + " layers");
    }
    m.layers().forEach(l -> unpackedSize(l.digest()));
    Map<String, String> labels = new HashMap<>(content.info(manifest.digest()).labels());
    labels.put(GcLabels.key("config", 0), m.config().digest().toString());
    for (int i = 0; i < m.layers().size(); i++) {
      labels.put(GcLabels.key("l", i), m.layers().get(i).digest().toString());
    }
    content.setLabels(manifest.digest(), labels);
    ImageId id = new ImageId(m.config().digest());
    Instant added = Optional.ofNullable(index.images().get(id)).map(ImageIndex.Entry::added).orElse(Instant.now());
    Descriptor plain = Descriptor.of(manifest.mediaType(), manifest.digest(), manifest.size());
    commit(index.withImage(id, new ImageIndex.Entry(plain, parent, added)));
    return id;
  }

  /** Points {@code ref} (a tag or a digest reference) at {@code id}, moving it if it named another image. */
  public synchronized void tag(ImageRef ref, ImageId id) {
    requireImage(id);
    commit(index.withReference(ref, id));
  }

  /** Removes a reference; returns whether it existed. The image itself stays. */
  public synchronized boolean untag(ImageRef ref) {
    if (index.lookup(ref).isEmpty()) {
      return false;
    }
    commit(index.withoutReference(ref));
    return true;
  }

  /** What a removal freed: the blobs deleted and the unpacked bytes of the layers among them (dockerd's SpaceReclaimed). */
  public record Removal(Set<Digest> deleted, long bytes) {}

  /** Removes the image and its references and collects the blobs nobody uses any more. */
  public synchronized Removal remove(ImageId id) {
    ImageIndex.Entry e = entry(id);
    ImageJson.Manifest m = manifest(e.manifest().digest(), e.manifest().mediaType());
    Map<Digest, Long> sizes = new HashMap<>();
    m.layers().forEach(l -> sizes.put(l.digest(), unpackedSize(l.digest())));
    commit(index.withoutImage(id));
    Set<Digest> deleted = collectGarbage();
    long bytes = deleted.stream().mapToLong(d -> sizes.getOrDefault(d, 0L)).sum();
    return new Removal(deleted, bytes);
  }

  /** Deletes every blob not reachable from an image's manifest or a lease. */
  public synchronized Set<Digest> collectGarbage() {
    Set<Digest> roots = new HashSet<>(index.manifestDigests());
    leases.values().forEach(roots::addAll);
    Set<Digest> deleted = content.garbageCollect(roots, GcLabels::references);
    configs.keySet().removeAll(deleted);
    manifests.keySet().removeAll(deleted);
    unpackedSizes.keySet().removeAll(deleted);
    return deleted;
  }

  /** The images whose parent is {@code id} (the builder's cache looks among them). */
  public List<ImageId> children(ImageId id) {
    return index().children(id);
  }

  /** A consistent snapshot of names and images. */
  synchronized ImageIndex index() {
    return index;
  }

  public synchronized boolean exists(ImageId id) {
    return index.images().containsKey(id);
  }

  public synchronized Optional<ImageId> lookup(ImageRef ref) {
    return index.lookup(ref);
  }

  /**
   * Resolves what a client typed — a full or short id, {@code sha256:...}, or a name — the way
   * dockerd's {@code GetImage} does, with its {@code No such image: x} message.
   */
  public synchronized ImageId resolve(String text) {
    ImageLookup lookup;
    try {
      lookup = ImageLookup.parse(text);
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.NotFound("No such image: " + text);
    }
    if (lookup instanceof ImageLookup.ById byId) {
      ImageId id = ImageId.parse(byId.digest());
      if (index.images().containsKey(id)) {
        return id;
      }
      throw new DrydockException.NotFound("No such image: " + byId.digest());
    }
    ImageRef ref = ((ImageLookup.ByName) lookup).ref();
    Optional<ImageId> named = index.lookup(ref).filter(index.images()::containsKey);
    if (named.isPresent()) {
      return named.get();
    }
    String prefix = text.startsWith("sha256:") ? text.substring(7) : text;
    if (ImageLookup.mayBeShortId(prefix)) {
      List<ImageId> matches = index.images().keySet().stream().filter(i -> i.digest().hex().startsWith(prefix)).toList();
      if (matches.size() == 1) {
        return matches.get(0);
      }
    }
    throw new DrydockException.NotFound("No such image: " + ref.familiarName());
  }

  public ImageJson.Manifest manifestOf(ImageId id) {
    ImageIndex.Entry e = entry(id);
    return manifest(e.manifest().digest(), e.manifest().mediaType());
  }

  public ConfigDocument configOf(ImageId id) {
    return config(id.digest());
  }

  /** The engine record of one image, with sizes computed against all images. */
  public ImageRecord record(ImageId id) {
    ImageIndex snapshot = index();
    return build(snapshot, id, layerUsers(snapshot));
  }

  /** The diff IDs of one image, bottom first: its config alone, no record built. */
  public List<Digest> diffIds(ImageId id) {
    requireImage(id);
    return config(id.digest()).diffIds();
  }

  /** The diff IDs of every image, from their configs alone: what layer accounting needs, without sizes and names. */
  public Map<ImageId, List<Digest>> diffIds() {
    Map<ImageId, List<Digest>> out = new HashMap<>();
    for (ImageId id : index().images().keySet()) {
      out.put(id, config(id.digest()).diffIds());
    }
    return out;
  }

  /** How many image records were built so far (each costs a pass over the image's layers and names): for tests and diagnostics. */
  long recordsBuilt() {
    return recordsBuilt.sum();
  }

  /** The records of all images. */
  public List<ImageRecord> records() {
    ImageIndex snapshot = index();
    Map<Digest, Integer> users = layerUsers(snapshot);
    List<ImageRecord> out = new ArrayList<>();
    for (ImageId id : snapshot.images().keySet()) {
      out.add(build(snapshot, id, users));
    }
    return out;
  }

  private Map<Digest, Integer> layerUsers(ImageIndex snapshot) {
    Map<Digest, Integer> users = new HashMap<>();
    for (ImageIndex.Entry e : snapshot.images().values()) {
      manifest(e.manifest().digest(), e.manifest().mediaType()).layers().stream().map(Descriptor::digest).distinct()
          .forEach(d -> users.merge(d, 1, Integer::sum));
    }
    return users;
  }

  private ImageRecord build(ImageIndex snapshot, ImageId id, Map<Digest, Integer> users) {
    recordsBuilt.increment();
    ImageIndex.Entry e = snapshot.images().get(id);
    if (e == null) {
      throw new DrydockException.NotFound("No such image: " + id);
    }
    ImageJson.Manifest m = manifest(e.manifest().digest(), e.manifest().mediaType());
    ConfigDocument c = config(id.digest());
    long size = 0;
    long shared = 0;
    for (Descriptor l : m.layers().stream().collect(Collectors.toMap(Descriptor::digest, d -> d, (a, b) -> a)).values()) {
      long unpacked = unpackedSize(l.digest());
      size += unpacked;
      if (users.getOrDefault(l.digest(), 0) > 1) {
        shared += unpacked;
      }
    }
    List<String> tags = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (ImageRef ref : snapshot.referencesOf(id)) {
      (ref.digest().isPresent() ? digests : tags).add(ref.familiarName());
    }
    return new ImageRecord(id, tags, digests, e.parent(), c.created().orElse(e.added()), size, shared, c.config(),
        c.platform(), c.author(), c.comment(), c.diffIds(), m.layers(), c.history(), e.manifest(), c.committedFrom(), c.configSettings());
  }

  /** The unpacked bytes of every layer of every image, each layer counted once ({@code /system/df}'s LayersSize). */
  public long layersSize() {
    ImageIndex snapshot = index();
    return layerUsers(snapshot).keySet().stream().mapToLong(this::unpackedSize).sum();
  }

  /**
   * The unpacked size of a stored layer (see {@link LayerSizes}): recorded when the layer came in,
   * measured once for a layer stored before sizes were recorded.
   */
  public long unpackedSize(Digest layer) {
    return unpackedSizes.computeIfAbsent(layer, d -> LayerSizes.of(content, d));
  }

  private ImageIndex.Entry entry(ImageId id) {
    ImageIndex.Entry e = index().images().get(id);
    if (e == null) {
      throw new DrydockException.NotFound("No such image: " + id);
    }
    return e;
  }

  private void requireImage(ImageId id) {
    entry(id);
  }

  private ImageJson.Manifest manifest(Digest digest, String mediaType) {
    return manifests.computeIfAbsent(digest, d -> ImageJson.readManifest(readBlob(d), mediaType));
  }

  private ConfigDocument config(Digest digest) {
    return configs.computeIfAbsent(digest, d -> ConfigDocument.read(readBlob(d)));
  }

  /** The bytes of a (small) blob: a manifest or a config. */
  public byte[] readBlob(Digest digest) {
    try (InputStream in = content.open(digest)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("read " + digest + ": " + e.getMessage(), e);
    }
  }

  private void commit(ImageIndex next) {
    file.write(next);
    index = next;
  }
}
