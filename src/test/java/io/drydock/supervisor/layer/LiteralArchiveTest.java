package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.testing.TestTars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WhiteoutMode#LITERAL}: a file archive (build context, ADD) is not a layer. */
class LiteralArchiveTest {
  @TempDir Path dir;

  @Test
  void whiteoutNamesAreOrdinaryFilesAndDeleteNothing() throws IOException {
    Path archive = dir.resolve("ctx.tar");
    Files.write(archive, TestTars.of("x", "kept", ".wh.x", "a file named like a whiteout", ".wh..wh..opq", "opaque-looking"));
    Path target = Files.createDirectory(dir.resolve("target"));
    new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, false)).unpack(archive, target);
    assertThat(Files.readString(target.resolve("x"))).isEqualTo("kept");
    assertThat(Files.readString(target.resolve(".wh.x"))).isEqualTo("a file named like a whiteout");
    assertThat(Files.readString(target.resolve(".wh..wh..opq"))).isEqualTo("opaque-looking");
  }

  @Test
  void anXzArchiveUnpacksButAnXzLayerIsRefused() throws IOException {
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (XZCompressorOutputStream out = new XZCompressorOutputStream(xz)) {
      out.write(TestTars.of("f", "from xz"));
    }
    Path archive = dir.resolve("t.tar.xz");
    Files.write(archive, xz.toByteArray());
    Path target = Files.createDirectory(dir.resolve("target"));
    new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, false)).unpack(archive, target);
    assertThat(Files.readString(target.resolve("f"))).isEqualTo("from xz");
    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.apply()).unpack(archive, target))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("unsupported layer compression xz");
  }
}
