package io.drydock.supervisor.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileContentStoreTest extends ContentStoreContract {
  @Override
  protected ContentStore newStore(Path root) {
    return FileContentStore.open(root);
  }

  @Test
  void leftoverIngestFromACrashIsCleanedOnOpen() throws IOException {
    FileContentStore.open(dir);
    Path leftover = dir.resolve("ingest").resolve("half-written");
    Files.write(leftover, bytes("half"));
    ContentStore store = FileContentStore.open(dir);
    assertThat(leftover).doesNotExist();
    assertThat(store.list()).isEmpty();
    assertThat(dir.resolve("ingest")).isEmptyDirectory();
  }

  @Test
  void blobWithoutInfoAfterACrashIsStillReadableAndOrphanInfoIsSwept() throws IOException {
    ContentStore store = FileContentStore.open(dir);
    BlobInfo a = put(store, bytes("a"), Map.of());
    Files.delete(dir.resolve("info/sha256").resolve(a.digest().hex() + ".json"));
    Digest gone = Digest.sha256Of(bytes("gone"));
    Path orphanInfo = dir.resolve("info/sha256").resolve(gone.hex() + ".json");
    Files.write(orphanInfo, bytes("{}"));

    ContentStore reopened = FileContentStore.open(dir);

    assertThat(reopened.info(a.digest()).size()).isEqualTo(1);
    assertThat(orphanInfo).doesNotExist();
  }

  @Test
  void blobIsStoredUnderItsDigest() {
    ContentStore store = FileContentStore.open(dir);
    BlobInfo a = put(store, bytes("layout"), Map.of());
    assertThat(dir.resolve("blobs/sha256").resolve(a.digest().hex())).hasContent("layout");
    assertThat(store.path(a.digest())).isEqualTo(dir.resolve("blobs/sha256").resolve(a.digest().hex()));
  }
}
