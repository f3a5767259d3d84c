package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SizeRw}: the container's own bytes, as dockerd's {@code directory.Size} counts an upper directory. */
class WritableLayerSizeTest {
  @TempDir
  Path tree;

  @Test
  void filesAndSymlinksCountByTheirSizeDirectoriesAndWhiteoutsNot() {
    FileFacts file = FileFacts.of(FileFacts.FileType.REGULAR, 1000, 0644, Instant.EPOCH);
    FileFacts link = FileFacts.of(FileFacts.FileType.SYMLINK, 7, 0777, Instant.EPOCH);
    FileFacts dir = FileFacts.of(FileFacts.FileType.DIRECTORY, 4096, 0755, Instant.EPOCH);
    FileFacts whiteout = new FileFacts(FileFacts.FileType.OTHER, 0, 0, Instant.EPOCH, true, false);
    assertThat(WritableLayer.bytes(List.of(file, link, dir, whiteout))).isEqualTo(1007);
    assertThat(WritableLayer.bytes(List.of())).isZero();
  }

  @Test
  void aTreeWithoutParentCountsEveryFileBelowIt() throws Exception {
    Files.createDirectories(tree.resolve("etc/deep"));
    Files.write(tree.resolve("etc/deep/a"), new byte[1000]);
    Files.write(tree.resolve("b"), new byte[24]);
    Files.createFile(tree.resolve(".dockerenv"));
    Files.createSymbolicLink(tree.resolve("l"), Path.of("b"));
    assertThat(WritableLayer.size(new SnapshotLayout.Bare(tree), Optional.empty())).isEqualTo(1000 + 24 + 1);
  }
}
