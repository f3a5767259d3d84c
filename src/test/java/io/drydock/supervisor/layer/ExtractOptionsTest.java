package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code docker cp} options of an extraction into an existing directory (chown needs root). */
@KernelTest
class ExtractOptionsTest {
  @TempDir Path dir;

  @Test
  void noOverwriteDirNonDirRefusesEitherReplacement() throws Exception {
    Path target = Files.createDirectories(dir.resolve("target"));
    Files.createDirectories(target.resolve("d"));
    Files.writeString(target.resolve("f"), "old");
    UnpackOptions options = UnpackOptions.apply().withNoOverwriteDirNonDir(true);
    Path fileOverDir = new TestTars().file("d", "x").write(dir.resolve("a.tar"));
    assertThatThrownBy(() -> new LayerUnpacker(options).unpack(fileOverDir, target))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("cannot overwrite directory");
    Path dirOverFile = new TestTars().dir("f").write(dir.resolve("b.tar"));
    assertThatThrownBy(() -> new LayerUnpacker(options).unpack(dirOverFile, target))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("cannot overwrite non-directory");
    assertThat(target.resolve("d")).isDirectory();
    assertThat(target.resolve("f")).hasContent("old");
    new LayerUnpacker(UnpackOptions.apply()).unpack(fileOverDir, target);
    assertThat(target.resolve("d")).hasContent("x");
  }

  @Test
  void anOwnerReplacesTheArchivesOwners() throws Exception {
    Path target = Files.createDirectories(dir.resolve("target"));
    Path tar = new TestTars().file("f", "x", 0640, 1234, 5678).write(dir.resolve("c.tar"));
    new LayerUnpacker(UnpackOptions.apply().withOwner(Optional.of(new UnpackOptions.FileOwner(42, 43)))).unpack(tar, target);
    assertThat(Files.getAttribute(target.resolve("f"), "unix:uid")).isEqualTo(42);
    assertThat(Files.getAttribute(target.resolve("f"), "unix:gid")).isEqualTo(43);
    new LayerUnpacker(UnpackOptions.apply()).unpack(tar, target);
    assertThat(Files.getAttribute(target.resolve("f"), "unix:uid")).isEqualTo(1234);
  }
}
