package io.drydock.supervisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheFileAndLeavesNoTemp() throws IOException {
    Path f = dir.resolve("state.json");
    AtomicFiles.write(f, "{\"v\":1}".getBytes());
    AtomicFiles.write(f, "{\"v\":2}".getBytes());
    assertThat(f).hasContent("{\"v\":2}");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(f);
    }
  }

  @Test
  void writeBeforeCommitReplacesTheFileAndLeavesNoTemp() throws IOException {
    Path f = dir.resolve("meta.json");
    AtomicFiles.writeBeforeCommit(f, "{\"v\":1}".getBytes());
    AtomicFiles.writeBeforeCommit(f, "{\"v\":2}".getBytes());
    assertThat(f).hasContent("{\"v\":2}");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(f);
    }
  }

  @Test
  void aFailedWriteLeavesNoTempAndNoTarget() {
    Path f = dir.resolve("missing-dir").resolve("meta.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeBeforeCommit(f, new byte[] {1}))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("write " + f);
    assertThat(f).doesNotExist();
  }

  @Test
  void recognisesItsTempFiles() {
    assertThat(AtomicFiles.isTemp(dir.resolve(".tmp-state.json-123"))).isTrue();
    assertThat(AtomicFiles.isTemp(dir.resolve("state.json"))).isFalse();
  }

  @Test
  void treeRemoverDoesNotFollowLinksOut() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("keep"), "k");
    Path tree = Files.createDirectories(dir.resolve("tree/sub"));
    Files.createSymbolicLink(tree.resolve("link"), outside);
    TreeRemover.delete(dir.resolve("tree"));
    assertThat(dir.resolve("tree")).doesNotExist();
    assertThat(outside.resolve("keep")).hasContent("k");
  }
}
