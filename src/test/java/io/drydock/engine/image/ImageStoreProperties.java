package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.supervisor.store.TreeRemover;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Save/load and layer sharing for generated layer stacks. */
class ImageStoreProperties {
  @Provide
  Arbitrary<List<Map<String, String>>> stacks() {
    Arbitrary<Map<String, String>> layer = Arbitraries.maps(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().ascii().ofMaxLength(200)).ofMinSize(1).ofMaxSize(4);
    return layer.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 25)
  void savedAndLoadedImageIsTheSameImage(@ForAll("stacks") List<Map<String, String>> stack) throws IOException {
    Path a = Files.createTempDirectory("props-a");
    Path b = Files.createTempDirectory("props-b");
    try {
      Images source = TestImages.open(a);
      ImageId id = TestImages.image(source.store(), stack.stream().map(TestImages::tar).toList(), "x", Optional.empty());
      source.tag(id.toString(), "roundtrip", "1");
      ByteArrayOutputStream archive = new ByteArrayOutputStream();
      source.save(List.of("roundtrip:1"), archive);

      Images target = TestImages.open(b);
      List<LoadedImage> loaded = target.load(new ByteArrayInputStream(archive.toByteArray()));
      assertThat(loaded).containsExactly(new LoadedImage(id, List.of("roundtrip:1")));
      ImageRecord before = source.inspect("roundtrip:1");
      ImageRecord after = target.inspect("roundtrip:1");
      assertThat(after.id()).isEqualTo(before.id());
      assertThat(after.diffIds()).isEqualTo(before.diffIds());
      assertThat(after.layers()).extracting(Descriptor::digest).isEqualTo(before.layers().stream().map(Descriptor::digest).toList());
      assertThat(after.manifest().digest()).isEqualTo(before.manifest().digest());
    } finally {
      TreeRemover.delete(a);
      TreeRemover.delete(b);
    }
  }

  @Property(tries = 25)
  void sharedLayersAreStoredOnceAndLiveUntilTheirLastUser(
      @ForAll("stacks") List<Map<String, String>> common, @ForAll("stacks") List<Map<String, String>> extra) throws IOException {
    Path root = Files.createTempDirectory("props-share");
    try {
      Images images = TestImages.open(root);
      List<byte[]> base = common.stream().map(TestImages::tar).toList();
      List<byte[]> longer = new ArrayList<>(base);
      extra.forEach(m -> longer.add(TestImages.tar(Map.of("extra/" + m.keySet().iterator().next(), "v" + m.hashCode()))));
      ImageId one = TestImages.image(images.store(), base, "one", Optional.empty());
      ImageId two = TestImages.image(images.store(), longer, "two", Optional.empty());

      long distinctLayers = longer.stream().map(io.drydock.common.Digest::sha256Of).distinct().count();
      long layerBlobs = images.store().content().list().stream().filter(i -> i.mediaType().equals(MediaTypes.OCI_LAYER)).count();
      assertThat(layerBlobs).isEqualTo(distinctLayers);
      Map<io.drydock.common.Digest, Map<String, String>> distinctBase = new java.util.HashMap<>();
      common.forEach(m -> distinctBase.put(io.drydock.common.Digest.sha256Of(TestImages.tar(m)), m));
      long sharedBytes = distinctBase.values().stream().flatMap(m -> m.values().stream())
          .mapToLong(v -> v.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
      assertThat(images.inspect(one.toString()).sharedSize()).isEqualTo(sharedBytes);

      images.remove(one.toString(), false, false);
      for (byte[] layer : longer) {
        assertThat(images.store().content().exists(io.drydock.common.Digest.sha256Of(layer))).isTrue();
      }
      images.remove(two.toString(), false, false);
      assertThat(images.store().content().list()).isEmpty();
    } finally {
      TreeRemover.delete(root);
    }
  }
}
