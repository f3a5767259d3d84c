package io.drydock.engine.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import io.drydock.supervisor.layer.Compression;

/**
 * Opens a tar that may be compressed, choosing by magic bytes ({@link Compression}) as dockerd's
 * {@code DecompressStream} does (gzip, zstd, bzip2, xz, or plain): the tars of {@code docker import} and
 * {@code docker load} and the layers inside them.
 */
final class Decompression {
  private Decompression() {}

  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 64 * 1024);
    return Compression.peek(in).decompress(in);
  }
}
