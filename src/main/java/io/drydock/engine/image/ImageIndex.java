package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.engine.image.reference.ImageRef;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The names and the images, as one immutable value: which images exist (each with its manifest
 * and local parent) and which references (tags and digests, canonical form) point at which image.
 * Every change makes a new value, which {@link IndexFile} writes atomically before it is used, so
 * a crash leaves the old index or the new one.
 */
record ImageIndex(Map<ImageId, Entry> images, Map<String, ImageId> references) {
  /** One image: its manifest descriptor, its local parent (commit/build), when it was added. */
  record Entry(Descriptor manifest, Optional<ImageId> parent, Instant added) {}

  static final ImageIndex EMPTY = new ImageIndex(Map.of(), Map.of());

  ImageIndex {
    images = Collections.unmodifiableMap(new TreeMap<>(images));
    references = Collections.unmodifiableMap(new TreeMap<>(references));
  }

  ImageIndex withImage(ImageId id, Entry entry) {
    Map<ImageId, Entry> next = new TreeMap<>(images);
    next.put(id, entry);
    return new ImageIndex(next, references);
  }

  /** Removes the image and every reference to it. */
  ImageIndex withoutImage(ImageId id) {
    Map<ImageId, Entry> next = new TreeMap<>(images);
    next.remove(id);
    Map<String, ImageId> refs = new TreeMap<>(references);
    refs.values().removeIf(id::equals);
    return new ImageIndex(next, refs);
  }

  ImageIndex withReference(ImageRef ref, ImageId id) {
    Map<String, ImageId> refs = new TreeMap<>(references);
    refs.put(ref.toString(), id);
    return new ImageIndex(images, refs);
  }

  ImageIndex withoutReference(ImageRef ref) {
    Map<String, ImageId> refs = new TreeMap<>(references);
    refs.remove(ref.toString());
    return new ImageIndex(images, refs);
  }

  /** The references naming {@code id}, in canonical order. */
  List<ImageRef> referencesOf(ImageId id) {
    return references.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(e -> ImageRef.parseNamed(e.getKey()))
        .collect(Collectors.toList());
  }

  Optional<ImageId> lookup(ImageRef ref) {
    return Optional.ofNullable(references.get(ref.toString()));
  }

  /** Images whose local parent is {@code id}. */
  List<ImageId> children(ImageId id) {
    return images.entrySet().stream()
        .filter(e -> e.getValue().parent().filter(id::equals).isPresent())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Every manifest digest: the roots of content garbage collection. */
  List<Digest> manifestDigests() {
    return images.values().stream().map(e -> e.manifest().digest()).toList();
  }
}
