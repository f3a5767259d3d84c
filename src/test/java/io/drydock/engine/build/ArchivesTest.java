package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.supervisor.layer.Compression;
import io.drydock.testing.TestTars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchivesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Compression.class)
  void aTarInEveryCompressionIsAnArchive(Compression c) throws IOException {
    Path file = dir.resolve("t.tar." + c.name().toLowerCase(java.util.Locale.ROOT));
    Files.write(file, compressed(c, TestTars.of("f", "content")));
    assertThat(Compression.of(Files.readAllBytes(file))).isEqualTo(c);
    assertThat(Archives.isArchive(file)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void compressedTextIsNoArchive(Compression c) throws IOException {
    Path file = dir.resolve("notes." + c.name().toLowerCase(java.util.Locale.ROOT));
    Files.write(file, compressed(c, "just some words, no tar header\n".repeat(40).getBytes(StandardCharsets.UTF_8)));
    assertThat(Archives.isArchive(file)).isFalse();
  }

  @Test
  void anEmptyFileIsNoArchive() throws IOException {
    Path file = dir.resolve("empty.tar");
    Files.write(file, new byte[0]);
    assertThat(Archives.isArchive(file)).isFalse();
  }

  static byte[] compressed(Compression c, byte[] plain) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = switch (c) {
      case GZIP -> new GzipCompressorOutputStream(bytes);
      case BZIP2 -> new BZip2CompressorOutputStream(bytes);
      case XZ -> new XZCompressorOutputStream(bytes);
      case ZSTD -> new ZstdCompressorOutputStream(bytes);
      case NONE -> bytes;
    }) {
      out.write(plain);
    }
    return bytes.toByteArray();
  }
}
