package io.drydock.supervisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link ContentStore} must do; subclasses supply the store. */
abstract class ContentStoreContract {
  @TempDir Path dir;

  protected abstract ContentStore newStore(Path root);

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static BlobInfo put(ContentStore store, byte[] content, Map<String, String> labels) {
    Digest d = Digest.sha256Of(content);
    return store.write(new ByteArrayInputStream(content), WriteRequest.of(d, content.length, "text/plain").withLabels(labels));
  }

  @Test
  void storesVerifiedBlobWithInfo() throws IOException {
    ContentStore store = newStore(dir);
    byte[] content = bytes("hello layer");
    BlobInfo info = put(store, content, Map.of("a", "b"));
    assertThat(info.digest()).isEqualTo(Digest.sha256Of(content));
    assertThat(info.size()).isEqualTo(content.length);
    try (InputStream in = store.open(info.digest())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    assertThat(store.info(info.digest())).isEqualTo(info);
    assertThat(store.list()).containsExactly(info);
  }

  @Test
  void digestMismatchStoresNothing() {
    ContentStore store = newStore(dir);
    Digest claimed = Digest.sha256Of(bytes("something else"));
    WriteRequest req = new WriteRequest(Optional.of(claimed), OptionalLong.empty(), "x", Map.of());
    assertThatThrownBy(() -> store.write(new ByteArrayInputStream(bytes("actual")), req))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("expected " + claimed)
        .hasMessageContaining("got " + Digest.sha256Of(bytes("actual")));
    assertThat(store.list()).isEmpty();
    assertThat(store.exists(Digest.sha256Of(bytes("actual")))).isFalse();
  }

  @Test
  void sizeMismatchStoresNothing() {
    ContentStore store = newStore(dir);
    byte[] content = bytes("twelve bytes");
    for (long wrong : new long[] {3, 100}) {
      WriteRequest req = new WriteRequest(Optional.empty(), OptionalLong.of(wrong), "x", Map.of());
      assertThatThrownBy(() -> store.write(new ByteArrayInputStream(content), req))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageContaining("expected " + wrong);
    }
    assertThat(store.list()).isEmpty();
  }

  @Test
  void unverifiedWriteLearnsTheDigest() {
    ContentStore store = newStore(dir);
    BlobInfo info = store.write(new ByteArrayInputStream(bytes("x")), WriteRequest.unverified("m"));
    assertThat(info.digest()).isEqualTo(Digest.sha256Of(bytes("x")));
    assertThat(info.mediaType()).isEqualTo("m");
  }

  @Test
  void concurrentWritersOfTheSameBlob() throws Exception {
    ContentStore store = newStore(dir);
    byte[] content = new byte[3_000_000];
    new java.util.Random(7).nextBytes(content);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BlobInfo>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> put(store, content, Map.of())));
      }
      for (Future<BlobInfo> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS).digest()).isEqualTo(Digest.sha256Of(content));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.list()).hasSize(1);
    try (InputStream in = store.open(Digest.sha256Of(content))) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void missingBlobIsNotFound() {
    ContentStore store = newStore(dir);
    Digest d = Digest.sha256Of(bytes("nope"));
    assertThatThrownBy(() -> store.info(d)).isInstanceOf(DrydockException.NotFound.class).hasMessageContaining(d.toString());
    assertThatThrownBy(() -> store.open(d)).isInstanceOf(DrydockException.NotFound.class);
    assertThatThrownBy(() -> store.delete(d)).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void deleteAndLabels() {
    ContentStore store = newStore(dir);
    BlobInfo a = put(store, bytes("a"), Map.of());
    assertThat(store.setLabels(a.digest(), Map.of("k", "v")).labels()).containsEntry("k", "v");
    assertThat(store.info(a.digest()).labels()).containsEntry("k", "v");
    store.delete(a.digest());
    assertThat(store.exists(a.digest())).isFalse();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void gcRemovesOnlyUnreferencedBlobs() {
    ContentStore store = newStore(dir);
    BlobInfo layer = put(store, bytes("layer"), Map.of());
    BlobInfo config = put(store, bytes("config"), Map.of());
    BlobInfo orphan = put(store, bytes("orphan"), Map.of());
    BlobInfo orphanChild = put(store, bytes("orphan child"), Map.of());
    BlobInfo manifest =
        put(store, bytes("manifest"), Map.of(GcLabels.key("l", 0), layer.digest().toString(), GcLabels.key("config", 0), config.digest().toString()));
    store.setLabels(orphan.digest(), Map.of(GcLabels.key("l", 0), orphanChild.digest().toString()));
    Digest absentRoot = Digest.sha256Of(bytes("never stored"));

    Set<Digest> deleted = store.garbageCollect(Set.of(manifest.digest(), absentRoot), GcLabels::references);

    assertThat(deleted).containsExactlyInAnyOrder(orphan.digest(), orphanChild.digest());
    assertThat(store.list()).extracting(BlobInfo::digest)
        .containsExactlyInAnyOrder(manifest.digest(), layer.digest(), config.digest());
  }

  @Test
  void reopenedStoreKeepsBlobs() {
    ContentStore store = newStore(dir);
    BlobInfo a = put(store, bytes("persist"), Map.of("x", "y"));
    assertThat(newStore(dir).info(a.digest())).isEqualTo(a);
  }
}
