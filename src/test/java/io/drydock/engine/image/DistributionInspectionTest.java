package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RegistryConfig;
import io.drydock.testing.LocalRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /distribution/{name}/json}'s engine part against the real registry on loopback. */
class DistributionInspectionTest {
  @TempDir Path dir;

  @Test
  void manifestAndManifestListAreDescribedWithTheirPlatforms() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Images images = TestImages.open(dir.resolve("a"));
      ImageId id = TestImages.image(images.store(), java.util.List.of(TestImages.tar(Map.of("a", "1"))), "dist", Optional.empty());
      String name = registry.address() + "/dist/app:single";
      images.tag(id.toString(), name, "");
      Images.PushResult pushed = images.push(ImageRef.parse(name), Optional.empty(), e -> {});

      DistributionInfo single = images.distribution(ImageRef.parse(name), Optional.empty());
      Descriptor manifest = images.inspect(name).manifest();
      assertThat(single.descriptor().digest()).isEqualTo(pushed.digest());
      assertThat(single.descriptor().mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
      assertThat(single.descriptor().size()).isEqualTo(manifest.size());
      assertThat(single.platforms()).containsExactly(images.inspect(name).platform());
      assertThat(images.distribution(ImageRef.parse(registry.address() + "/dist/app@" + pushed.digest()), Optional.empty()).descriptor())
          .isEqualTo(single.descriptor());

      String entry = "{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"" + pushed.digest() + "\",\"size\":" + manifest.size();
      byte[] index = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
          + entry + ",\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}},"
          + entry + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}").getBytes(StandardCharsets.UTF_8);
      new RegistryClient(RegistryConfig.DEFAULT).repository(ImageRef.parse(name), Optional.empty(), true)
          .putManifest("multi", index, MediaTypes.OCI_INDEX);
      DistributionInfo list = images.distribution(ImageRef.parse(registry.address() + "/dist/app:multi"), Optional.empty());
      assertThat(list.descriptor()).isEqualTo(Descriptor.of(MediaTypes.OCI_INDEX, Digest.sha256Of(index), index.length));
      assertThat(list.platforms()).containsExactly(new Platform("linux", "arm64", "v8"), new Platform("linux", "amd64", ""));

      assertThatThrownBy(() -> images.distribution(ImageRef.parse(registry.address() + "/dist/app:nope"), Optional.empty()))
          .isInstanceOf(DrydockException.NotFound.class).hasMessageContaining("manifest unknown");
      assertThat(images.list(true, Map.of())).hasSize(1);
    }
  }
}
