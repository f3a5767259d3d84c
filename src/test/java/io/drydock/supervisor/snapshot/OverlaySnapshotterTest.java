package io.drydock.supervisor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.testing.KernelTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@KernelTest
class OverlaySnapshotterTest extends SnapshotterContract {
  @Override
  protected Snapshotter open(Path root) {
    return OverlaySnapshotter.open(root);
  }

  /** Two committed snapshots: {@code a}, and {@code b} on it. */
  private void commitLayersAAndB() {
    snapshotter.prepare("a-tmp", Optional.empty());
    snapshotter.commit("a", "a-tmp");
    snapshotter.prepare("b-tmp", Optional.of("a"));
    snapshotter.commit("b", "b-tmp");
  }

  @Test
  void aCommittedSnapshotNamesItsOwnLayerAndThoseBelowNewestFirst() {
    commitLayersAAndB();
    List<Path> layers = snapshotter.committedLayers("b");
    assertThat(layers).hasSize(2).allSatisfy(p -> assertThat(p).isDirectory().endsWith(Path.of("fs")));
    assertThat(layers.get(1)).isEqualTo(snapshotter.committedLayers("a").get(0));
    snapshotter.prepare("c", Optional.of("b"));
    assertThatThrownBy(() -> snapshotter.committedLayers("c")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> snapshotter.committedLayers("nope")).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void mountsAreOverlayNewestLayerFirst() {
    commitLayersAAndB();

    List<MountSpec> mounts = snapshotter.prepare("c", Optional.of("b"));

    assertThat(mounts).hasSize(1);
    MountSpec m = mounts.get(0);
    assertThat(m.type()).isEqualTo("overlay");
    String lower = m.options().get(0);
    assertThat(lower).startsWith("lowerdir=");
    String[] dirs = lower.substring("lowerdir=".length()).split(":");
    assertThat(dirs).hasSize(2);
    assertThat(Path.of(dirs[0]).getParent()).isEqualTo(dir.resolve("snapshots/l"));
    assertThat(m.options()).anyMatch(o -> o.startsWith("upperdir=")).anyMatch(o -> o.startsWith("workdir="));
    List<MountSpec> view = snapshotter.view("v", Optional.of("a"));
    assertThat(view).singleElement().satisfies(v -> {
      assertThat(v.type()).isEqualTo("bind");
      assertThat(v.options()).containsExactly("rbind", "ro");
      assertThat(v.source()).startsWith(dir.resolve("snapshots/snapshots").toString()).endsWith("/fs");
    });
  }

  @Test
  void rootWithACommaIsRefused() {
    assertThatThrownBy(() -> OverlaySnapshotter.open(dir.resolve("a,b")))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
