package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.os.FileCalls;
import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unpacking real tarballs as root: ownership, devices and trusted xattrs need it. */
@KernelTest
class LayerUnpackerTest {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestTars.Compression.class)
  void keepsContentModesOwnersTimesLinksAndXattrs(TestTars.Compression compression) throws IOException {
    Path layer =
        new TestTars()
            .dir("etc")
            .file("etc/secret", "s3cret", 04750, 1234, 5678)
            .symlink("etc/link", "../etc/secret")
            .hardlink("etc/hard", "etc/secret")
            .withXattr("etc/x", "x", "user.origin", "drydock")
            .write(dir.resolve("layer"), compression);
    Path target = dir.resolve("out");

    UnpackResult result = new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, target);

    Path secret = target.resolve("etc/secret");
    assertThat(secret).hasContent("s3cret");
    assertThat(Files.getAttribute(secret, "unix:mode")).isEqualTo(0100000 | 04750);
    assertThat(Files.getAttribute(secret, "unix:uid")).isEqualTo(1234);
    assertThat(Files.getAttribute(secret, "unix:gid")).isEqualTo(5678);
    assertThat(Files.getLastModifiedTime(secret)).isEqualTo(FileTime.fromMillis(1_600_000_000_000L));
    assertThat(Files.getLastModifiedTime(target.resolve("etc"))).isEqualTo(FileTime.fromMillis(1_600_000_000_000L));
    assertThat(Files.readSymbolicLink(target.resolve("etc/link"))).hasToString("../etc/secret");
    assertThat(Files.getAttribute(target.resolve("etc/hard"), "unix:ino")).isEqualTo(Files.getAttribute(secret, "unix:ino"));
    assertThat(FileCalls.getXattr(target.resolve("etc/x"), "user.origin")).hasValueSatisfying(v -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo("drydock"));
    assertThat(result.entries()).isEqualTo(5);
    Path plain = new TestTars().dir("etc").file("etc/secret", "s3cret", 04750, 1234, 5678).symlink("etc/link", "../etc/secret")
        .hardlink("etc/hard", "etc/secret").withXattr("etc/x", "x", "user.origin", "drydock").write(dir.resolve("plain"));
    assertThat(result.diffId()).isEqualTo(Digest.sha256Of(Files.readAllBytes(plain)));
  }

  @Test
  void overlayModeWritesWhiteoutsAsTheKernelWantsThem() throws IOException {
    Path layer =
        new TestTars().dir("a").file("a/.wh.gone", "").dir("b").file("b/.wh..wh..opq", "").file("b/kept", "k")
            .file(".wh..wh.plnk", "").write(dir.resolve("layer"));
    Path target = dir.resolve("out");

    new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, target);

    Path gone = target.resolve("a/gone");
    assertThat(Files.getAttribute(gone, "unix:mode", NOFOLLOW)).isEqualTo(0020000);
    assertThat(Files.getAttribute(gone, "unix:rdev", NOFOLLOW)).isEqualTo(0L);
    assertThat(FileCalls.getXattr(target.resolve("b"), LayerWriter.OPAQUE_XATTR)).hasValueSatisfying(v -> assertThat(v).containsExactly('y'));
    assertThat(FileCalls.getXattr(target.resolve("a"), LayerWriter.OPAQUE_XATTR)).isEmpty();
    assertThat(TreeSnapshot.read(target)).containsOnlyKeys("a", "a/gone", "b", "b/kept");
  }

  @Test
  void applyModeDeletesInPlace() throws IOException {
    Path target = dir.resolve("root");
    Files.createDirectory(target);
    new LayerUnpacker(UnpackOptions.apply()).unpack(
        new TestTars().dir("a").file("a/gone", "1").file("a/stay", "2").dir("b").file("b/old", "3").write(dir.resolve("l1")), target);

    new LayerUnpacker(UnpackOptions.apply()).unpack(
        new TestTars().file("a/.wh.gone", "").file("b/new", "4").file("b/.wh..wh..opq", "").write(dir.resolve("l2")), target);

    assertThat(TreeSnapshot.read(target))
        .isEqualTo(Map.of("a", "dir", "a/stay", "file:2", "b", "dir", "b/new", "file:4"));
  }

  @Test
  void hostileLayerIsRefusedAndLeavesNothing() throws IOException {
    Path layer = new TestTars().file("ok", "fine").file("a/../../evil", "x").write(dir.resolve("layer"));
    Path target = dir.resolve("out");

    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, target))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("refusing layer entry \"a/../../evil\": path escapes the layer root");
    assertThat(target).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(layer);
    }
  }

  @Test
  void writeThroughASymlinkIsConfinedToTheRoot() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Path layer = new TestTars().symlink("a", outside.toString()).file("a/evil", "x").dir("d/e").symlink("d/e/up", "../..").symlink("b", "d/e/up/..").file("b/evil2", "y").write(dir.resolve("layer"));
    Path target = dir.resolve("out");

    new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, target);

    assertThat(outside).isEmptyDirectory();
    assertThat(target.resolve(outside.toString().substring(1)).resolve("evil")).hasContent("x");
    assertThat(target.resolve("evil2")).hasContent("y");
  }

  @Test
  void symlinkClimbingOutLexicallyIsRefusedLikeDocker() throws IOException {
    Path layer = new TestTars().dir("d").symlink("d/up", "../../etc").write(dir.resolve("layer"));
    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.apply()).unpack(layer, dir))
        .hasMessage("refusing layer entry \"d/up\": symlink target \"../../etc\" climbs out of the layer");
  }

  @Test
  void devicesOnlyWhenAllowed() throws IOException {
    Path layer = new TestTars().charDevice("dev/null").write(dir.resolve("layer"));
    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, dir.resolve("no")))
        .hasMessageContaining("device nodes are not allowed");
    assertThat(dir.resolve("no")).doesNotExist();

    new LayerUnpacker(UnpackOptions.overlay().withDevices(true)).unpack(layer, dir.resolve("yes"));
    assertThat(Files.getAttribute(dir.resolve("yes/dev/null"), "unix:mode", NOFOLLOW)).isEqualTo(0020666);
  }

  @Test
  void overlayXattrsFromTheLayerAreDropped() throws IOException {
    Path layer = new TestTars().withXattr("f", "x", "trusted.overlay.redirect", "/etc").write(dir.resolve("layer"));
    new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, dir.resolve("out"));
    assertThat(FileCalls.listXattrs(dir.resolve("out/f"))).noneMatch(n -> n.startsWith("trusted.overlay"));
  }

  @Test
  void nonEmptyTargetIsAConflict() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out/x"));
    Path layer = new TestTars().file("f", "x").write(dir.resolve("layer"));
    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.overlay()).unpack(layer, target.getParent()))
        .isInstanceOf(DrydockException.Conflict.class);
  }
}
