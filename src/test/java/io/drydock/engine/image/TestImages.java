package io.drydock.engine.image;

import io.drydock.engine.image.reference.ImageRef;
import io.drydock.supervisor.content.FileContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds stores, layer tars and multi-layer images for the image tests. */
final class TestImages {
  private TestImages() {}

  static Images open(Path root) {
    return open(root, ImageUsers.NONE);
  }

  static Images open(Path root, ImageUsers users) {
    FileContentStore content = FileContentStore.open(root.resolve("content"));
    return new Images(ImageStore.open(content, root.resolve("images")), users, new io.drydock.engine.registry.RegistryClient(io.drydock.engine.registry.RegistryConfig.DEFAULT));
  }

  /** A tar holding {@code files} (name → content), headers fixed so equal input gives equal bytes. */
  static byte[] tar(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(f.getKey());
        e.setSize(content.length);
        e.setMode(0100644);
        e.setModTime(0L);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An image made of the given layer tars, bottom first, with a parent when given. */
  static ImageId image(ImageStore store, List<byte[]> layers, String label, Optional<ImageId> parent) {
    return store.underLease(lease -> {
      List<Descriptor> descriptors = new ArrayList<>();
      List<HistoryEntry> history = new ArrayList<>();
      for (byte[] layer : layers) {
        descriptors.add(ImageAssembler.storeLayer(store.content(), lease, new ByteArrayInputStream(layer), Optional.empty()));
        history.add(new HistoryEntry(Optional.of(Instant.EPOCH), "layer " + history.size(), "", false));
      }
      ImageConfig config = ImageConfig.EMPTY.withLabels(Map.of("test", label)).withCmd(List.of("/bin/sh"));
      ConfigDocument doc = new ConfigDocument(new Platform("linux", "amd64", ""), Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
          "", "", config, descriptors.stream().map(Descriptor::digest).toList(), history, CommittedFrom.NONE);
      return ImageAssembler.assemble(store, lease, doc, descriptors, parent);
    });
  }

  static ImageId importTar(Images images, byte[] tar, String tag) {
    return images.importRootfs(new ByteArrayInputStream(tar), Optional.ofNullable(tag).map(ImageRef::parse), List.of(), "");
  }
}
