package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import io.drydock.supervisor.layer.Compression;

/**
 * Opens a tar that may be compressed, choosing by magic bytes ({@link Compression}) as dockerd's
 * {@code DecompressStream} does (gzip, zstd, bzip2, or plain; xz is still refused here).
 */
final class Decompression {
  private Decompression() {}

  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 64 * 1024);
    Compression c = Compression.peek(in);
    if (c == Compression.XZ) {
      throw new DrydockException.InvalidArgument("unsupported compression xz (use plain, gzip or zstd)");
    }
    return c.decompress(in);
  }
}
