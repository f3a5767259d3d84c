package io.drydock.supervisor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.os.MountCalls;
import io.drydock.supervisor.layer.TestTars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Snapshotter} must do, checked through real mounts. Subclasses supply the
 * snapshotter. After each test no mount may be left below the test directory; leftovers are
 * detached (also when the test failed) and then fail the test.
 */
abstract class SnapshotterContract {
  @TempDir Path dir;
  Snapshotter snapshotter;

  protected abstract Snapshotter open(Path root);

  @FunctionalInterface
  interface MountedCheck {
    void check(Path root) throws IOException;
  }

  @BeforeEach
  void openSnapshotter() {
    snapshotter = open(dir.resolve("snapshots"));
  }

  @AfterEach
  void noMountIsLeft() {
    List<Path> left = MountTable.under(dir);
    List<Path> reversed = new ArrayList<>(left);
    Collections.reverse(reversed);
    reversed.forEach(MountCalls::unmountDetached);
    assertThat(left).as("mounts left below %s", dir).isEmpty();
  }

  void mounted(List<MountSpec> specs, MountedCheck check) throws IOException {
    Path target = Files.createDirectories(dir.resolve("mnt").resolve(UUID.randomUUID().toString()));
    Mounts.mount(specs, target);
    try {
      check.check(target);
    } finally {
      Mounts.unmount(target);
    }
  }

  Path tar(TestTars t) throws IOException {
    return t.write(dir.resolve("layer-" + UUID.randomUUID()));
  }

  @Test
  void prepareCommitChainsAndReadOnlyViews() throws IOException {
    mounted(snapshotter.prepare("a-tmp", Optional.empty()), root -> {
      Files.writeString(root.resolve("f1"), "one");
      Files.createDirectories(root.resolve("d"));
      Files.writeString(root.resolve("d/x"), "x");
    });
    snapshotter.commit("a", "a-tmp");
    mounted(snapshotter.prepare("b-tmp", Optional.of("a")), root -> {
      assertThat(root.resolve("f1")).hasContent("one");
      Files.writeString(root.resolve("f1"), "uno");
      Files.writeString(root.resolve("f2"), "two");
      Files.delete(root.resolve("d/x"));
    });
    snapshotter.commit("b", "b-tmp");

    mounted(snapshotter.view("v", Optional.of("b")), root -> {
      assertThat(root.resolve("f1")).hasContent("uno");
      assertThat(root.resolve("f2")).hasContent("two");
      assertThat(root.resolve("d")).isEmptyDirectory();
      assertThatThrownBy(() -> Files.writeString(root.resolve("f3"), "no")).isInstanceOf(IOException.class).hasMessageContaining("Read-only");
    });
    mounted(snapshotter.view("va", Optional.of("a")), root -> {
      assertThat(root.resolve("f1")).hasContent("one");
      assertThat(root.resolve("d/x")).hasContent("x");
      assertThatThrownBy(() -> Files.writeString(root.resolve("f3"), "no")).isInstanceOf(IOException.class);
    });
    assertThat(snapshotter.list()).extracting(SnapshotInfo::key).containsExactly("a", "b", "v", "va");
    assertThat(snapshotter.stat("b").kind()).isEqualTo(SnapshotKind.COMMITTED);
    assertThat(snapshotter.stat("b").parent()).contains("a");
    assertThat(snapshotter.stat("v").kind()).isEqualTo(SnapshotKind.VIEW);
  }

  @Test
  void layersWithWhiteoutsShowThroughTheMount() throws IOException {
    LayerApplier applier = new LayerApplier(snapshotter, false);
    applier.apply(tar(new TestTars().dir("etc").file("etc/a", "a1").file("etc/b", "b1").dir("opt").file("opt/x", "x")), Optional.empty(), "l1");
    applier.apply(tar(new TestTars().file("etc/.wh.a", "").file("opt/.wh..wh..opq", "").file("opt/y", "y")), Optional.of("l1"), "l2");
    applier.apply(tar(new TestTars().file("etc/a", "a3")), Optional.of("l2"), "l3");

    mounted(snapshotter.view("v2", Optional.of("l2")), root -> {
      assertThat(root.resolve("etc/a")).doesNotExist();
      assertThat(root.resolve("etc/b")).hasContent("b1");
      try (Stream<Path> opt = Files.list(root.resolve("opt"))) {
        assertThat(opt).containsExactly(root.resolve("opt/y"));
      }
    });
    mounted(snapshotter.prepare("c", Optional.of("l3")), root -> {
      assertThat(root.resolve("etc/a")).hasContent("a3");
      assertThat(root.resolve("opt/x")).doesNotExist();
      Files.writeString(root.resolve("opt/z"), "z");
      assertThat(root.resolve("opt/z")).hasContent("z");
    });
  }

  @Test
  void refusedLayerLeavesNoSnapshot() throws IOException {
    LayerApplier applier = new LayerApplier(snapshotter, false);
    assertThatThrownBy(() -> applier.apply(tar(new TestTars().file("../../escape", "x")), Optional.empty(), "bad"))
        .isInstanceOf(DrydockException.InvalidArgument.class);
    assertThat(snapshotter.list()).isEmpty();
  }

  @Test
  void removeRefusesASnapshotWithChildren() {
    snapshotter.prepare("base-tmp", Optional.empty());
    snapshotter.commit("base", "base-tmp");
    snapshotter.prepare("child", Optional.of("base"));

    assertThatThrownBy(() -> snapshotter.remove("base"))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("cannot remove snapshot base: snapshot child depends on it");
    snapshotter.remove("child");
    snapshotter.remove("base");
    assertThat(snapshotter.list()).isEmpty();
    assertThatThrownBy(() -> snapshotter.remove("base")).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void discardDeletesLikeRemoveAndRefusesLikeIt() throws IOException {
    snapshotter.prepare("base-tmp", Optional.empty());
    snapshotter.commit("base", "base-tmp");
    mounted(snapshotter.prepare("written", Optional.of("base")), root -> Files.writeString(root.resolve("made"), "by the container"));
    assertThatThrownBy(() -> snapshotter.discard("base")).isInstanceOf(DrydockException.Conflict.class);

    snapshotter.discard("written");

    assertThat(snapshotter.list()).extracting(SnapshotInfo::key).containsExactly("base");
    assertThatThrownBy(() -> snapshotter.discard("written")).isInstanceOf(DrydockException.NotFound.class);
    assertThat(open(dir.resolve("snapshots")).list()).as("reopened").extracting(SnapshotInfo::key).containsExactly("base");
    try (Stream<Path> dirs = Files.list(dir.resolve("snapshots/snapshots"))) {
      assertThat(dirs).as("only the base's directory is left").hasSize(1);
    }
  }

  @Test
  void wrongRequestsChangeNothing() {
    snapshotter.prepare("x", Optional.empty());
    assertThatThrownBy(() -> snapshotter.prepare("x", Optional.empty())).isInstanceOf(DrydockException.Conflict.class);
    assertThatThrownBy(() -> snapshotter.prepare("y", Optional.of("x")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("parent snapshot x is not committed");
    assertThatThrownBy(() -> snapshotter.prepare("y", Optional.of("nope"))).isInstanceOf(DrydockException.NotFound.class);
    snapshotter.view("v", Optional.empty());
    assertThatThrownBy(() -> snapshotter.commit("vv", "v")).isInstanceOf(DrydockException.InvalidArgument.class);
    snapshotter.commit("c", "x");
    assertThatThrownBy(() -> snapshotter.mounts("c")).isInstanceOf(DrydockException.Conflict.class);
    snapshotter.prepare("x2", Optional.empty());
    assertThatThrownBy(() -> snapshotter.commit("c", "x2")).isInstanceOf(DrydockException.Conflict.class);
    assertThat(snapshotter.list()).extracting(SnapshotInfo::key).containsExactly("c", "v", "x2");
  }

  @Test
  void usageCountsTheSnapshotsOwnFiles() throws IOException {
    mounted(snapshotter.prepare("u", Optional.empty()), root -> {
      Files.write(root.resolve("big"), new byte[10_000]);
      Files.createDirectory(root.resolve("d"));
    });
    Usage usage = snapshotter.usage("u");
    assertThat(usage.size()).isEqualTo(10_000);
    assertThat(usage.inodes()).isEqualTo(2);
  }

  @Test
  void snapshotsSurviveReopenAndOrphansAreSwept() throws IOException {
    snapshotter.prepare("keep-tmp", Optional.empty());
    snapshotter.commit("keep", "keep-tmp");
    Path orphan = Files.createDirectories(dir.resolve("snapshots/snapshots/orphan123/fs"));

    Snapshotter reopened = open(dir.resolve("snapshots"));

    assertThat(reopened.stat("keep").kind()).isEqualTo(SnapshotKind.COMMITTED);
    assertThat(orphan.getParent()).doesNotExist();
  }

  @Test
  void longParentChainsMount() throws IOException {
    LayerApplier applier = new LayerApplier(snapshotter, false);
    Optional<String> parent = Optional.empty();
    int layers = 60;
    for (int i = 0; i < layers; i++) {
      String name = "layer-" + i;
      applier.apply(tar(new TestTars().file("f" + i, "v" + i)), parent, name);
      parent = Optional.of(name);
    }
    mounted(snapshotter.view("top", parent), root -> {
      try (Stream<Path> files = Files.list(root)) {
        assertThat(files).hasSize(layers);
      }
      assertThat(root.resolve("f0")).hasContent("v0");
      assertThat(root.resolve("f59")).hasContent("v59");
    });
  }
}
