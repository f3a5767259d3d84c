package io.drydock.engine.image;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code <root>/index.json}: the {@link ImageIndex} on disk, replaced atomically on every change
 * (see spec/images.md for the format). One file rather than one per object because a tag moves
 * between images in one step: both ends of the move must change together.
 */
final class IndexFile {
  static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  record ImageJson(String manifestMediaType, String manifestDigest, long manifestSize, String parent, String added) {}

  record Document(int version, Map<String, ImageJson> images, Map<String, String> references) {}

  private final Path file;

  IndexFile(Path root) {
    this.file = root.resolve("index.json");
  }

  ImageIndex read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return ImageIndex.EMPTY;
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + file + ": " + e.getMessage(), e);
    }
    try {
      Document doc = JSON.readValue(bytes, Document.class);
      if (doc.version() != VERSION) {
        throw new DrydockException.SystemError(file + ": unsupported index version " + doc.version());
      }
      Map<ImageId, ImageIndex.Entry> images = new TreeMap<>();
      doc.images().forEach((id, e) -> images.put(ImageId.parse(id), new ImageIndex.Entry(
          Descriptor.of(e.manifestMediaType(), Digest.parse(e.manifestDigest()), e.manifestSize()),
          Optional.ofNullable(e.parent()).map(ImageId::parse), Instant.parse(e.added()))));
      Map<String, ImageId> refs = new TreeMap<>();
      doc.references().forEach((ref, id) -> refs.put(ref, ImageId.parse(id)));
      return new ImageIndex(images, refs);
    } catch (IOException | RuntimeException e) {
      throw new DrydockException.SystemError("corrupt image index " + file + ": " + e.getMessage(), e);
    }
  }

  void write(ImageIndex index) {
    Map<String, ImageJson> images = new TreeMap<>();
    index.images().forEach((id, e) -> images.put(id.toString(), new ImageJson(
        e.manifest().mediaType(), e.manifest().digest().toString(), e.manifest().size(),
        e.parent().map(ImageId::toString).orElse(null), e.added().toString())));
    Map<String, String> refs = new TreeMap<>();
    index.references().forEach((ref, id) -> refs.put(ref, id.toString()));
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(VERSION, images, refs)));
    } catch (IOException e) {
      throw new DrydockException.SystemError("write " + file + ": " + e.getMessage(), e);
    }
  }
}
