package io.drydock.supervisor.layer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * The compression of a tar stream, told by its first bytes as dockerd's {@code DetectCompression}
 * does (media types and file names lie more often than bytes). The one sniffer of the engine:
 * layer blobs ({@link LayerStreams}, which refuses xz for layers), image archives and imports,
 * and the builder's context and ADD archives.
 */
public enum Compression {
  NONE,
  GZIP,
  BZIP2,
  XZ,
  ZSTD;

  /** The longest magic number: how many bytes {@link #of} needs to see. */
  public static final int MAGIC_BYTES = 6;

  /** The compression whose magic number {@code head} starts with; {@link #NONE} for anything else. */
  public static Compression of(byte[] head) {
    if (starts(head, 0x1f, 0x8b)) {
      return GZIP;
    }
    if (starts(head, 0x28, 0xb5, 0x2f, 0xfd)) {
      return ZSTD;
    }
    if (starts(head, 'B', 'Z', 'h')) {
      return BZIP2;
    }
    if (starts(head, 0xfd, '7', 'z', 'X', 'Z', 0)) {
      return XZ;
    }
    return NONE;
  }

  /** The compression of a stream that supports mark/reset, which is left where it was. */
  public static Compression peek(BufferedInputStream in) throws IOException {
    in.mark(MAGIC_BYTES);
    byte[] head = in.readNBytes(MAGIC_BYTES);
    in.reset();
    return of(head);
  }

  /** {@code in} decompressed (itself for {@link #NONE}); gzip and bzip2 streams may be concatenated. */
  public InputStream decompress(InputStream in) throws IOException {
    return switch (this) {
      case GZIP -> GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
      case ZSTD -> new ZstdCompressorInputStream(in);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      case XZ -> XZCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
      case NONE -> in;
    };
  }

  private static boolean starts(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
