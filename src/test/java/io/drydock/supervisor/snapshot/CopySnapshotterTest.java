package io.drydock.supervisor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@KernelTest
class CopySnapshotterTest extends SnapshotterContract {
  @Override
  protected Snapshotter open(Path root) {
    return CopySnapshotter.open(root);
  }

  @Test
  void activeSnapshotIsAFullCopyKeepingHardlinksAndOwners() throws IOException {
    mounted(snapshotter.prepare("a-tmp", Optional.empty()), root -> {
      Files.writeString(root.resolve("f"), "data");
      Files.createLink(root.resolve("h"), root.resolve("f"));
      Files.createSymbolicLink(root.resolve("s"), Path.of("/etc/passwd"));
      Files.setAttribute(root.resolve("f"), "unix:uid", 4321);
    });
    snapshotter.commit("a", "a-tmp");

    List<MountSpec> mounts = snapshotter.prepare("b", Optional.of("a"));

    Path copy = Path.of(mounts.get(0).source());
    assertThat(copy.resolve("f")).hasContent("data");
    assertThat(Files.getAttribute(copy.resolve("h"), "unix:ino")).isEqualTo(Files.getAttribute(copy.resolve("f"), "unix:ino"));
    assertThat(Files.readSymbolicLink(copy.resolve("s"))).isEqualTo(Path.of("/etc/passwd"));
    assertThat(Files.getAttribute(copy.resolve("f"), "unix:uid")).isEqualTo(4321);
    assertThat(snapshotter.layerTarget("b").directory()).isEqualTo(copy);
    assertThat(snapshotter.committedLayers("a")).as("full copies: no layers to name").isEmpty();
  }
}
