package io.drydock.engine.image;

import io.drydock.common.DrydockException;
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

  /**
   * A layer blob (a pull's, or one stored from it): as {@link #open}, but xz is refused as the
   * layer unpacker refuses it (no OCI layer media type names xz), so a pull fails at once instead
   * of storing an image no container could use.
   */
  static InputStream openLayer(InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 64 * 1024);
    Compression c = Compression.peek(in);
    if (c == Compression.XZ) {
      throw new DrydockException.InvalidArgument("unsupported layer compression xz");
    }
    return c.decompress(in);
  }
}
