package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WhiteoutMode#LITERAL}: a file archive (build context, ADD) is not a layer. */
class LiteralArchiveTest {
  @TempDir Path dir;

  @Test
  void whiteoutNamesAreOrdinaryFilesAndDeleteNothing() throws IOException {
    Path archive = dir.resolve("ctx.tar");
    Files.write(archive, tar("x", "kept", ".wh.x", "a file named like a whiteout", ".wh..wh..opq", "opaque-looking"));
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
      out.write(tar("f", "from xz"));
    }
    Path archive = dir.resolve("t.tar.xz");
    Files.write(archive, xz.toByteArray());
    Path target = Files.createDirectory(dir.resolve("target"));
    new LayerUnpacker(new UnpackOptions(WhiteoutMode.LITERAL, false, false)).unpack(archive, target);
    assertThat(Files.readString(target.resolve("f"))).isEqualTo("from xz");
    assertThatThrownBy(() -> new LayerUnpacker(UnpackOptions.apply()).unpack(archive, target))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("unsupported layer compression xz");
  }

  private static byte[] tar(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(namesAndContents[i]);
        e.setSize(data.length);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }
}
