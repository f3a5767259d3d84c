package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.os.FileCalls;
import io.drydock.testing.KernelTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixture upper directory in the kernel's format (0/0 whiteout, opaque xattr): needs root for mknod and trusted.*. */
@KernelTest
class OverlayUpperTest {
  @TempDir Path dir;

  private Path upper;
  private Path lower;

  private void fixture() throws Exception {
    lower = dir.resolve("lower");
    upper = dir.resolve("upper");
    Files.createDirectories(lower.resolve("etc"));
    Files.writeString(lower.resolve("etc/motd"), "hi");
    Files.writeString(lower.resolve("etc/passwd"), "root");
    Files.createDirectories(lower.resolve("srv/old"));
    Files.createDirectories(upper.resolve("etc"));
    FileCalls.mknod(upper.resolve("etc/motd"), FileCalls.NodeType.CHAR, 0, 0, 0);
    Files.writeString(upper.resolve("etc/passwd"), "root:x");
    Files.createDirectories(upper.resolve("srv"));
    FileCalls.setXattr(upper.resolve("srv"), OverlayUpper.OPAQUE_XATTR, "y".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(upper.resolve("srv/new"), "n");
    Files.createDirectories(upper.resolve("proc"));
  }

  @Test
  void whiteoutsAndOpaqueDirectoriesAreRecognised() throws Exception {
    fixture();
    var tree = OverlayUpper.read(upper);
    assertThat(tree.keySet()).containsExactly("etc", "etc/motd", "etc/passwd", "proc", "srv", "srv/new");
    assertThat(tree.get("etc/motd").whiteout()).isTrue();
    assertThat(tree.get("srv").opaque()).isTrue();
    assertThat(tree.get("etc").opaque()).isFalse();
    assertThat(OverlayUpper.lower(List.of(lower), "etc/passwd")).isPresent();
    assertThat(OverlayUpper.lower(List.of(lower), "proc")).isEmpty();
  }

  @Test
  void theDiffOfTheFixtureIsDockerdsWithMountPointsHidden() throws Exception {
    fixture();
    List<Change> changes = WritableLayer.changes(new SnapshotLayout.Overlay(upper, List.of(lower)), Optional.empty());
    assertThat(changes).containsExactly(
        new Change("/etc", ChangeKind.MODIFIED),
        new Change("/etc/motd", ChangeKind.DELETED),
        new Change("/etc/passwd", ChangeKind.MODIFIED),
        new Change("/srv", ChangeKind.DELETED),
        new Change("/srv/new", ChangeKind.ADDED));
  }

  @Test
  void theLayerCarriesOciWhiteoutsAndOpaqueMarkers() throws Exception {
    fixture();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WritableLayer.writeLayer(new SnapshotLayout.Overlay(upper, List.of(lower)), Optional.empty(), out);
    List<TarArchiveEntry> entries = TreeTarTest.entries(out.toByteArray());
    assertThat(entries).extracting(TarArchiveEntry::getName)
        .containsExactly("etc/", "etc/.wh.motd", "etc/passwd", "srv/", "srv/.wh..wh..opq", "srv/new");
    assertThat(entries).noneMatch(TarArchiveEntry::isCharacterDevice);
  }

  @Test
  void aFullCopyIsComparedWithItsParentTree() throws Exception {
    Path parent = dir.resolve("parent");
    Path copy = dir.resolve("copy");
    Files.createDirectories(parent.resolve("etc"));
    Files.writeString(parent.resolve("etc/motd"), "hi");
    Files.writeString(parent.resolve("keep"), "k");
    Files.createDirectories(copy.resolve("etc"));
    Files.setLastModifiedTime(copy.resolve("etc"), Files.getLastModifiedTime(parent.resolve("etc")));
    Files.writeString(copy.resolve("keep"), "k");
    Files.setLastModifiedTime(copy.resolve("keep"), Files.getLastModifiedTime(parent.resolve("keep")));
    Files.writeString(copy.resolve("added"), "a");
    List<Change> changes = WritableLayer.changes(new SnapshotLayout.FullCopy(copy), Optional.of(parent));
    assertThat(changes).containsExactly(new Change("/added", ChangeKind.ADDED), new Change("/etc/motd", ChangeKind.DELETED));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WritableLayer.writeLayer(new SnapshotLayout.FullCopy(copy), Optional.of(parent), out);
    assertThat(TreeTarTest.entries(out.toByteArray())).extracting(TarArchiveEntry::getName).containsExactly("added", "etc/.wh.motd");
  }
}
