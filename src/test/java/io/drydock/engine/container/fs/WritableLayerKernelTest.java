package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.supervisor.snapshot.CopySnapshotter;
import io.drydock.supervisor.snapshot.MountSpec;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.snapshot.OverlaySnapshotter;
import io.drydock.supervisor.snapshot.Snapshotter;
import io.drydock.testing.KernelTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same container changes seen through both real snapshotters: the layout read from their
 * mounts, the change list, the layer, and the read-only view of a stopped container mounted by the
 * kernel (whiteouts still hide, writes are refused).
 */
@KernelTest
class WritableLayerKernelTest {
  @TempDir Path dir;

  private static final List<Change> EXPECTED = List.of(
      new Change("/etc", ChangeKind.MODIFIED),
      new Change("/etc/motd", ChangeKind.DELETED),
      new Change("/etc/passwd", ChangeKind.MODIFIED),
      new Change("/new", ChangeKind.ADDED));

  @ParameterizedTest
  @ValueSource(strings = {"overlay", "copy"})
  void changesLayerAndReadOnlyViewAgree(String kind) throws Exception {
    Function<Path, Snapshotter> open = kind.equals("overlay") ? OverlaySnapshotter::open : CopySnapshotter::open;
    Snapshotter snapshotter = open.apply(dir.resolve("snapshots"));
    snapshotter.prepare("base-tmp", Optional.empty());
    Path base = snapshotter.layerTarget("base-tmp").directory();
    Files.createDirectories(base.resolve("etc"));
    Files.writeString(base.resolve("etc/motd"), "hello");
    Files.writeString(base.resolve("etc/passwd"), "root:x:0:0");
    snapshotter.commit("base", "base-tmp");
    List<MountSpec> rw = snapshotter.prepare("ctr", Optional.of("base"));
    Path mnt = Files.createDirectories(dir.resolve("mnt"));
    Mounts.mount(rw, mnt);
    try {
      Thread.sleep(1100);
      Files.delete(mnt.resolve("etc/motd"));
      Files.writeString(mnt.resolve("etc/passwd"), "root:x:0:0:root");
      Files.writeString(mnt.resolve("new"), "n");
    } finally {
      Mounts.unmount(mnt);
    }
    SnapshotLayout layout = SnapshotLayout.of(snapshotter.mounts("ctr"), snapshotter.stat("ctr").parent());
    Optional<Path> parentTree = Optional.empty();
    if (layout instanceof SnapshotLayout.FullCopy) {
      parentTree = Optional.of(Path.of(snapshotter.view("parent-view", Optional.of("base")).get(0).source()));
    }
    assertThat(WritableLayer.changes(layout, parentTree)).containsExactlyElementsOf(EXPECTED);
    ByteArrayOutputStream layer = new ByteArrayOutputStream();
    WritableLayer.writeLayer(layout, parentTree, layer);
    assertThat(TreeTarTest.entries(layer.toByteArray())).extracting(TarArchiveEntry::getName)
        .contains("etc/.wh.motd", "etc/passwd", "new").doesNotContain("etc/motd");

    Mounts.mount(ReadOnlyView.of(snapshotter.mounts("ctr")), mnt);
    try {
      assertThat(mnt.resolve("etc/motd")).doesNotExist();
      assertThat(Files.readString(mnt.resolve("etc/passwd"))).isEqualTo("root:x:0:0:root");
      assertThat(Files.readString(mnt.resolve("new"))).isEqualTo("n");
      assertThatThrownBy(() -> Files.writeString(mnt.resolve("other"), "x")).isInstanceOf(IOException.class);
    } finally {
      Mounts.unmount(mnt);
    }
  }
}
