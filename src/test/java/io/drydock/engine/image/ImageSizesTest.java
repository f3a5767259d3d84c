package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.Digest;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.image.service.ImageService;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.supervisor.content.FileContentStore;
import io.drydock.supervisor.content.WriteRequest;
import io.drydock.testing.LocalRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image sizes are unpacked sizes, as dockerd reports them: regular files once, symbolic links by
 * their target's length, hard links, directories and whiteouts nothing — whatever the compression
 * of the stored layer; shared layers are counted once in {@code /system/df}'s LayersSize.
 */
class ImageSizesTest {
  /** d/a: 1000 bytes, b: 24 bytes, l -> d/a: 3, h => b: 0, .wh.gone: 0, d/: 0. */
  static final long KNOWN_SIZE = 1027;

  @TempDir Path root;

  static byte[] knownTar() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry dir = new TarArchiveEntry("d/");
      dir.setModTime(0L);
      tar.putArchiveEntry(dir);
      tar.closeArchiveEntry();
      file(tar, "d/a", "x".repeat(1000));
      file(tar, "b", "twenty-four bytes here!\n");
      TarArchiveEntry symlink = new TarArchiveEntry("l", TarArchiveEntry.LF_SYMLINK);
      symlink.setLinkName("d/a");
      symlink.setModTime(0L);
      tar.putArchiveEntry(symlink);
      tar.closeArchiveEntry();
      TarArchiveEntry hardlink = new TarArchiveEntry("h", TarArchiveEntry.LF_LINK);
      hardlink.setLinkName("b");
      hardlink.setModTime(0L);
      tar.putArchiveEntry(hardlink);
      tar.closeArchiveEntry();
      file(tar, ".wh.gone", "");
    }
    return bytes.toByteArray();
  }

  private static void file(TarArchiveOutputStream tar, String name, String content) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(data.length);
    e.setMode(0100644);
    e.setModTime(0L);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(plain);
    }
    return gz.toByteArray();
  }

  /** No OCI layer is xz: a pulled one is refused when it is measured, not stored to fail at the first create. */
  @Test
  void anXzLayerBlobIsRefused() throws IOException {
    java.io.ByteArrayOutputStream xz = new java.io.ByteArrayOutputStream();
    try (var out = new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(xz)) {
      out.write(knownTar());
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LayerSizes.measure(new ByteArrayInputStream(xz.toByteArray())))
        .isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class).hasMessage("unsupported layer compression xz");
  }

  @Test
  void measuringCountsFilesOnceAndLinksByTarget() throws IOException {
    byte[] tar = knownTar();
    assertThat(LayerSizes.measure(new ByteArrayInputStream(tar))).isEqualTo(new LayerSizes.Measured(Digest.sha256Of(tar), KNOWN_SIZE));
    assertThat(LayerSizes.measure(new ByteArrayInputStream(gzip(tar)))).isEqualTo(new LayerSizes.Measured(Digest.sha256Of(tar), KNOWN_SIZE));
    byte[] notATar = "just some bytes".getBytes(StandardCharsets.UTF_8);
    assertThat(LayerSizes.measure(new ByteArrayInputStream(notATar)).diffId()).isEqualTo(Digest.sha256Of(notATar));
  }

  /** An image whose only layer is stored gzip-compressed (as pulled images are). */
  private static ImageId gzipImage(Images images, byte[] plain) throws IOException {
    byte[] gz = gzip(plain);
    return images.store().underLease(lease -> {
      var info = images.store().content().write(new ByteArrayInputStream(gz), WriteRequest.unverified(MediaTypes.OCI_LAYER_GZIP));
      lease.protect(info.digest());
      ConfigDocument doc = new ConfigDocument(new Platform("linux", "amd64", ""), Optional.empty(), "", "", ImageConfig.EMPTY,
          List.of(Digest.sha256Of(plain)), List.of(new HistoryEntry(Optional.empty(), "ADD layer", "", false)), CommittedFrom.NONE);
      return ImageAssembler.assemble(images.store(), lease, doc,
          List.of(Descriptor.of(MediaTypes.OCI_LAYER_GZIP, info.digest(), info.size())), Optional.empty());
    });
  }

  @Test
  void compressedLayersReportTheirUnpackedSize() throws IOException {
    Images images = TestImages.open(root.resolve("a"));
    ImageId id = gzipImage(images, knownTar());
    ImageRecord r = images.inspect(id.toString());
    assertThat(r.layers().get(0).size()).isNotEqualTo(KNOWN_SIZE);
    assertThat(r.size()).isEqualTo(KNOWN_SIZE);
    assertThat(images.store().content().info(r.layers().get(0).digest()).labels()).containsEntry(LayerSizes.LABEL, "1027");
    assertThat(images.history(id.toString())).extracting(HistoryItem::size).containsExactly(KNOWN_SIZE);
    assertThat(images.list(true, Map.of())).extracting(ImageRecord::size).containsExactly(KNOWN_SIZE);
  }

  @Test
  void aPulledImageHasItsUnpackedSize() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(root.resolve("registry"))) {
      Images source = TestImages.open(root.resolve("a"));
      ImageId id = gzipImage(source, knownTar());
      String name = registry.address() + "/sizes/gz:1";
      source.tag(id.toString(), name, "");
      source.push(ImageRef.parse(name), Optional.empty(), e -> {});
      Images target = TestImages.open(root.resolve("b"));
      target.pull(ImageRef.parse(name), Platform.parse("linux/amd64"), Optional.empty(), e -> {});
      ImageRecord pulled = target.inspect(name);
      assertThat(pulled.layers().get(0).mediaType()).isEqualTo(MediaTypes.OCI_LAYER_GZIP);
      assertThat(pulled.size()).isEqualTo(KNOWN_SIZE);
      assertThat(target.store().content().info(pulled.layers().get(0).digest()).labels()).containsEntry(LayerSizes.LABEL, "1027");
    }
  }

  @Test
  void sharedLayersAreCountedOnceInLayersSize() throws IOException {
    Images images = TestImages.open(root.resolve("a"));
    byte[] shared = knownTar();
    byte[] one = TestImages.tar(Map.of("one", "1".repeat(100)));
    byte[] two = TestImages.tar(Map.of("two", "2".repeat(200)));
    ImageId first = TestImages.image(images.store(), List.of(shared, one), "1", Optional.empty());
    ImageId second = TestImages.image(images.store(), List.of(shared, two), "2", Optional.empty());
    assertThat(images.inspect(first.toString()).size()).isEqualTo(KNOWN_SIZE + 100);
    assertThat(images.inspect(first.toString()).sharedSize()).isEqualTo(KNOWN_SIZE);
    assertThat(images.inspect(second.toString()).size()).isEqualTo(KNOWN_SIZE + 200);

    ObjectRegistry registry = new ObjectRegistry();
    new ImageService(images, new EventBus(), registry);
    var usage = registry.dataUsage();
    assertThat(usage.layersSize()).isEqualTo(KNOWN_SIZE + 100 + 200);
    assertThat(usage.images()).extracting(i -> i.sizeBytes() + "/" + i.sharedBytes())
        .containsExactlyInAnyOrder((KNOWN_SIZE + 100) + "/" + KNOWN_SIZE, (KNOWN_SIZE + 200) + "/" + KNOWN_SIZE);

    Images.PruneReport report = images.prune(true, Map.of());
    assertThat(report.spaceReclaimed()).isEqualTo(KNOWN_SIZE + 100 + 200);
  }

  @Test
  void layersStoredBeforeSizesWereRecordedAreMeasuredOnce() throws IOException {
    Images images = TestImages.open(root.resolve("a"));
    ImageId id = gzipImage(images, knownTar());
    Digest layer = images.inspect(id.toString()).layers().get(0).digest();
    Map<String, String> labels = new HashMap<>(images.store().content().info(layer).labels());
    labels.remove(LayerSizes.LABEL);
    images.store().content().setLabels(layer, labels);

    FileContentStore content = FileContentStore.open(root.resolve("a").resolve("content"));
    ImageStore reopened = ImageStore.open(content, root.resolve("a").resolve("images"));
    assertThat(reopened.record(id).size()).isEqualTo(KNOWN_SIZE);
    assertThat(content.info(layer).labels()).containsEntry(LayerSizes.LABEL, "1027");
  }
}
