package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SizeRw}: the container's own bytes, as dockerd's {@code directory.Size} counts an upper directory. */
class WritableLayerSizeTest {
  @TempDir
  Path tree;

  @Test
  void filesAndSymlinksCountByTheirSizeDirectoriesAndEmptyFilesNot() throws Exception {
    Files.write(tree.resolve("file"), new byte[1000]);
    Files.createSymbolicLink(tree.resolve("link"), Path.of("1234567"));
    Files.createDirectory(tree.resolve("dir"));
    Files.createFile(tree.resolve("empty"));
    assertThat(WritableLayer.bytes(tree, List.of("file", "link", "dir", "empty", "gone"))).isEqualTo(1007);
    assertThat(WritableLayer.bytes(tree, List.of())).isZero();
  }

  /** dockerd 20.10: {@code head -c 100000 /dev/zero > /big; ln /big /big2; ln /big /tmp/big3} is SizeRw 100000. */
  @Test
  void aFileAndItsHardLinksCountOnce() throws Exception {
    Files.createDirectories(tree.resolve("tmp"));
    Files.write(tree.resolve("big"), new byte[100_000]);
    Files.createLink(tree.resolve("big2"), tree.resolve("big"));
    Files.createLink(tree.resolve("tmp/big3"), tree.resolve("big"));
    Files.write(tree.resolve("other"), new byte[10]);
    assertThat(WritableLayer.size(new SnapshotLayout.Bare(tree), Optional.empty())).isEqualTo(100_010);
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

  /** dockerd keeps {@code /etc/mtab -> /proc/mounts} in its init layer: it is not the container's own. */
  @Test
  void theInitFilesMtabSymlinkIsNotCounted() throws Exception {
    Files.createDirectories(tree.resolve("etc"));
    Files.createSymbolicLink(tree.resolve("etc/mtab"), Path.of("/proc/mounts"));
    Files.write(tree.resolve("etc/own"), new byte[7]);
    assertThat(WritableLayer.size(new SnapshotLayout.Bare(tree), Optional.empty())).isEqualTo(7);
  }
}
