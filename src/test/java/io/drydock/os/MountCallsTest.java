package io.drydock.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@KernelTest
class MountCallsTest {
  @TempDir Path dir;

  @Test
  void failedMountSaysWhatAndWhyLikeMount8() throws IOException {
    Path target = Files.createDirectory(dir.resolve("t"));
    assertThatThrownBy(() -> MountCalls.mount("overlay", target, "overlay", Set.of(), "lowerdir=" + dir.resolve("missing")))
        .isInstanceOf(SystemCallFailure.class)
        .hasMessage("mount overlay on " + target + ": No such file or directory")
        .satisfies(e -> assertThat(((SystemCallFailure) e).errno()).isEqualTo(Errno.ENOENT));
    assertThatThrownBy(() -> MountCalls.unmount(target)).hasMessage("unmount " + target + ": Invalid argument");
  }

  @Test
  void bindMountsAndDetaches() throws IOException {
    Path source = Files.createDirectory(dir.resolve("s"));
    Files.writeString(source.resolve("f"), "x");
    Path target = Files.createDirectory(dir.resolve("t"));
    MountCalls.mount(source.toString(), target, null, EnumSet.of(MountCalls.Flag.BIND), null);
    try {
      assertThat(target.resolve("f")).hasContent("x");
    } finally {
      MountCalls.unmountDetached(target);
    }
    assertThat(target).isEmptyDirectory();
  }

  @Test
  void whiteoutDevicesAndTrustedXattrs() throws IOException {
    Path wh = dir.resolve("wh");
    FileCalls.mknod(wh, FileCalls.NodeType.CHAR, 0, 0, 0);
    assertThat(Files.getAttribute(wh, "unix:mode", LinkOption.NOFOLLOW_LINKS)).isEqualTo(0020000);
    assertThat(Files.getAttribute(wh, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).isEqualTo(0L);

    Path d = Files.createDirectory(dir.resolve("d"));
    FileCalls.setXattr(d, "trusted.overlay.opaque", "y".getBytes(StandardCharsets.US_ASCII));
    assertThat(FileCalls.getXattr(d, "trusted.overlay.opaque")).hasValueSatisfying(v -> assertThat(v).containsExactly('y'));
    assertThat(FileCalls.listXattrs(d)).contains("trusted.overlay.opaque");
    assertThat(FileCalls.getXattr(d, "trusted.overlay.redirect")).isEmpty();
    assertThatThrownBy(() -> FileCalls.mknod(wh, FileCalls.NodeType.CHAR, 0, 0, 0)).hasMessage("mknod " + wh + ": File exists");
  }

  @Test
  void makedevMatchesTheKernelsDevT() throws IOException {
    assertThat(FileCalls.makedev(1, 3)).isEqualTo(Files.getAttribute(Path.of("/dev/null"), "unix:rdev"));
    assertThat(FileCalls.makedev(259, 65536)).isEqualTo(0x10010300L);
    assertThat(FileCalls.makedev(0x12345, 0x6789a)).isEqualTo(0x0001_2000_6783_459aL);
  }
}
