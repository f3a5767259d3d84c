package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  @TempDir Path root;

  private static Map<String, byte[]> members(byte[] archive) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        out.put(e.getName(), tar.readAllBytes());
      }
    }
    return out;
  }

  private static byte[] archive(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> m : members.entrySet()) {
        TarArchiveEntry e = new TarArchiveEntry(m.getKey());
        e.setSize(m.getValue().length);
        tar.putArchiveEntry(e);
        tar.write(m.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private byte[] saved(Images images) {
    ImageId id = TestImages.image(images.store(), List.of(TestImages.tar(Map.of("a", "1")), TestImages.tar(Map.of("b", "2"))), "s", Optional.empty());
    images.tag(id.toString(), "saved", "1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    images.save(List.of("saved:1"), out);
    return out.toByteArray();
  }

  @Test
  void saveWritesTheLegacyDockerArchiveLayout() throws IOException {
    Images images = TestImages.open(root.resolve("a"));
    Map<String, byte[]> m = members(saved(images));
    ImageRecord r = images.inspect("saved:1");
    String manifest = new String(m.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"Config\":\"" + r.id().digest().hex() + ".json\"").contains("\"RepoTags\":[\"saved:1\"]");
    var layers = ImageJson.JSON.readTree(m.get("manifest.json")).get(0).get("Layers");
    String parent = "";
    for (int i = 0; i < r.diffIds().size(); i++) {
      String dir = layers.get(i).asText().replace("/layer.tar", "");
      assertThat(Digest.sha256Of(m.get(dir + "/layer.tar"))).isEqualTo(r.diffIds().get(i));
      assertThat(m).containsKeys(dir + "/", dir + "/VERSION", dir + "/json");
      assertThat(new String(m.get(dir + "/VERSION"), StandardCharsets.US_ASCII)).isEqualTo("1.0");
      var legacy = ImageJson.JSON.readTree(m.get(dir + "/json"));
      assertThat(legacy.get("id").asText()).as("the directory is the legacy json's id").isEqualTo(dir).matches("[0-9a-f]{64}");
      assertThat(legacy.path("parent").asText()).as("each layer names the one below").isEqualTo(parent);
      assertThat(legacy.get("container_config").get("Env").isNull()).isTrue();
      parent = dir;
    }
    assertThat(ImageJson.JSON.readTree(m.get(parent + "/json")).get("architecture").asText()).as("the top one carries the image's config")
        .isEqualTo(r.platform().architecture());
    assertThat(Digest.sha256Of(m.get(r.id().digest().hex() + ".json"))).isEqualTo(r.id().digest());
    assertThat(new String(m.get("repositories"), StandardCharsets.UTF_8)).contains("\"saved\":{\"1\":\"" + parent + "\"}");
  }

  @Test
  void tamperedLayerIsRefusedAndStoresNothing() throws IOException {
    Map<String, byte[]> m = members(saved(TestImages.open(root.resolve("a"))));
    String layer = m.keySet().stream().filter(n -> n.endsWith("layer.tar")).reduce((x, y) -> y).orElseThrow();
    byte[] bad = m.get(layer).clone();
    bad[600] ^= 1;
    m.put(layer, bad);
    Images target = TestImages.open(root.resolve("b"));
    assertThatThrownBy(() -> target.load(new ByteArrayInputStream(archive(m))))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("does not match diff_id");
    assertThat(target.store().content().list()).isEmpty();
    assertThat(target.list(true, Map.of())).isEmpty();
  }

  @Test
  void memberNamesThatLeaveTheArchiveAreRefused() throws IOException {
    Images target = TestImages.open(root.resolve("b"));
    byte[] evil = archive(Map.of("../escape", "x".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> target.load(new ByteArrayInputStream(evil))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("leaves the archive");
    assertThatThrownBy(() -> target.load(new ByteArrayInputStream(archive(Map.of("x", new byte[1])))))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("neither a docker-archive");
  }

  @Test
  void ociLayoutLoadsWithItsOwnManifestAndName() throws IOException {
    Images source = TestImages.open(root.resolve("a"));
    ImageId id = TestImages.image(source.store(), List.of(TestImages.tar(Map.of("f", "oci"))), "o", Optional.empty());
    ImageRecord r = source.inspect(id.toString());
    Map<String, byte[]> layout = new LinkedHashMap<>();
    layout.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    byte[] manifest = source.store().readBlob(r.manifest().digest());
    String index = "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\""
        + r.manifest().digest() + "\",\"size\":" + manifest.length
        + ",\"annotations\":{\"io.containerd.image.name\":\"example.com/team/app:2\",\"org.opencontainers.image.ref.name\":\"2\"}}]}";
    layout.put("index.json", index.getBytes(StandardCharsets.UTF_8));
    for (Digest d : List.of(r.manifest().digest(), r.id().digest(), r.layers().get(0).digest())) {
      layout.put("blobs/sha256/" + d.hex(), source.store().readBlob(d));
    }
    Images target = TestImages.open(root.resolve("b"));
    assertThat(target.load(new ByteArrayInputStream(archive(layout)))).containsExactly(new LoadedImage(id, List.of("example.com/team/app:2")));
    assertThat(target.inspect("example.com/team/app:2").manifest().digest()).isEqualTo(r.manifest().digest());

    layout.put("blobs/sha256/" + r.layers().get(0).digest().hex(), TestImages.tar(Map.of("f", "tampered")));
    Images third = TestImages.open(root.resolve("c"));
    assertThatThrownBy(() -> third.load(new ByteArrayInputStream(archive(layout)))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("does not match its descriptor");
    assertThat(third.store().content().list()).isEmpty();
  }

  @Test
  void compressedLayerIsSavedUncompressedAndLoadsAsTheSameImage() throws IOException {
    Images source = TestImages.open(root.resolve("a"));
    byte[] plain = TestImages.tar(Map.of("z", "zipped content"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(plain);
    }
    ImageId id = source.store().underLease(lease -> {
      var info = source.store().content().write(new ByteArrayInputStream(gz.toByteArray()),
          io.drydock.supervisor.content.WriteRequest.unverified(MediaTypes.OCI_LAYER_GZIP));
      lease.protect(info.digest());
      Descriptor layer = Descriptor.of(MediaTypes.OCI_LAYER_GZIP, info.digest(), info.size());
      ConfigDocument doc = new ConfigDocument(new Platform("linux", "amd64", ""), Optional.empty(), "", "", ImageConfig.EMPTY,
          List.of(Digest.sha256Of(plain)), List.of(), CommittedFrom.NONE);
      return ImageAssembler.assemble(source.store(), lease, doc, List.of(layer), Optional.empty());
    });
    source.tag(id.toString(), "gz", "1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    source.save(List.of("gz:1"), out);
    Map<String, byte[]> saved = members(out.toByteArray());
    String layer = ImageJson.JSON.readTree(saved.get("manifest.json")).get(0).get("Layers").get(0).asText();
    assertThat(saved.get(layer)).isEqualTo(plain);
    Images target = TestImages.open(root.resolve("b"));
    assertThat(target.load(new ByteArrayInputStream(out.toByteArray()))).containsExactly(new LoadedImage(id, List.of("gz:1")));
    assertThat(target.inspect("gz:1").diffIds()).containsExactly(Digest.sha256Of(plain));
  }

  @Test
  void leasedBlobsSurviveGarbageCollectionUntilTheLeaseEnds() {
    Images images = TestImages.open(root.resolve("a"));
    ImageStore store = images.store();
    Digest d;
    try (ImageStore.Lease lease = store.lease()) {
      d = store.content().write(new ByteArrayInputStream(new byte[] {1, 2, 3}),
          io.drydock.supervisor.content.WriteRequest.unverified("application/octet-stream")).digest();
      lease.protect(d);
      store.collectGarbage();
      assertThat(store.content().exists(d)).isTrue();
    }
    store.collectGarbage();
    assertThat(store.content().exists(d)).isFalse();
  }

  @Test
  void repositoryWithoutTagSavesAllItsTags() throws IOException {
    Images source = TestImages.open(root.resolve("a"));
    ImageId one = TestImages.image(source.store(), List.of(TestImages.tar(Map.of("1", "1"))), "1", Optional.empty());
    ImageId two = TestImages.image(source.store(), List.of(TestImages.tar(Map.of("2", "2"))), "2", Optional.empty());
    source.tag(one.toString(), "repo", "a");
    source.tag(one.toString(), "repo", "b");
    source.tag(two.toString(), "repo", "c");
    source.tag(two.toString(), "other", "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    source.save(List.of("repo"), out);
    Images target = TestImages.open(root.resolve("b"));
    assertThat(target.load(new ByteArrayInputStream(out.toByteArray()))).containsExactlyInAnyOrder(
        new LoadedImage(one, List.of("repo:a", "repo:b")), new LoadedImage(two, List.of("repo:c")));
  }
}
