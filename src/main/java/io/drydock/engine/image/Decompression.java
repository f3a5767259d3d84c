package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Opens a tar that may be compressed, choosing by magic bytes as dockerd's
 * {@code DecompressStream} does (gzip, zstd, bzip2, or plain).
 */
final class Decompression {
  private Decompression() {}

  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 64 * 1024);
    in.mark(8);
    byte[] m = in.readNBytes(6);
    in.reset();
    if (m.length >= 2 && (m[0] & 0xff) == 0x1f && (m[1] & 0xff) == 0x8b) {
      return GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
    }
    if (m.length >= 4 && (m[0] & 0xff) == 0x28 && (m[1] & 0xff) == 0xb5 && (m[2] & 0xff) == 0x2f && (m[3] & 0xff) == 0xfd) {
      return new ZstdCompressorInputStream(in);
    }
    if (m.length >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') {
      return new BZip2CompressorInputStream(in, true);
    }
    if (m.length >= 6 && (m[0] & 0xff) == 0xfd && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z') {
      throw new DrydockException.InvalidArgument("unsupported compression xz (use plain, gzip or zstd)");
    }
    return in;
  }
}
