package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.content.ContentStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The unpacked size of a layer — what dockerd reports as an image's {@code Size}: overlay2's
 * {@code ApplyDiff} returns the size of the unpacked diff directory, which counts each regular
 * file's length once (a hard link adds nothing) and each symbolic link's target length;
 * directories, devices and whiteouts count zero. drydock computes it from the tar when a layer is
 * ingested (import, load, pull, commit) and keeps it as the blob's label
 * {@value #LABEL}, so listing images never re-reads a layer.
 */
final class LayerSizes {
  static final String LABEL = "drydock.io/unpacked-size";

  private LayerSizes() {}

  /** A layer read once: its diff_id (sha256 of the uncompressed tar) and its unpacked size. */
  record Measured(Digest diffId, long unpackedSize) {}

  /**
   * Reads a layer blob (plain or compressed) to its end. A stream that is not a tar keeps its
   * digest; its size is then the number of uncompressed bytes.
   */
  static Measured measure(InputStream blob) throws IOException {
    MessageDigest sha = Digest.newSha256();
    try (Counting counted = new Counting(new DigestInputStream(Decompression.openLayer(blob), sha))) {
      long size = 0;
      boolean tar = true;
      TarArchiveInputStream entries = new TarArchiveInputStream(counted);
      try {
        for (TarArchiveEntry e; (e = entries.getNextEntry()) != null; ) {
          size += sizeOf(e);
        }
      } catch (IOException | IllegalArgumentException notATar) {
        tar = false;
      }
      counted.transferTo(OutputStream.nullOutputStream());
      return new Measured(Digest.ofSha256(sha.digest()), tar ? size : counted.count);
    }
  }

  static long sizeOf(TarArchiveEntry e) {
    if (e.isSymbolicLink()) {
      return e.getLinkName().getBytes(StandardCharsets.UTF_8).length;
    }
    if (e.isLink() || e.isDirectory() || e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO()) {
      return 0;
    }
    return e.isFile() ? e.getSize() : 0;
  }

  /** The recorded unpacked size of a stored layer, measured (and recorded) now if it has none. */
  static long of(ContentStore content, Digest layer) {
    String recorded = content.info(layer).labels().get(LABEL);
    if (recorded != null && recorded.matches("\\d{1,18}")) {
      return Long.parseLong(recorded);
    }
    long size;
    try (InputStream in = content.open(layer)) {
      size = measure(in).unpackedSize();
    } catch (IOException e) {
      throw new DrydockException.SystemError("measure layer " + layer + ": " + e.getMessage(), e);
    }
    record(content, layer, size);
    return size;
  }

  /** Labels a stored layer with its unpacked size. */
  static void record(ContentStore content, Digest layer, long size) {
    Map<String, String> labels = new HashMap<>(content.info(layer).labels());
    if (!String.valueOf(size).equals(labels.get(LABEL))) {
      labels.put(LABEL, String.valueOf(size));
      content.setLabels(layer, labels);
    }
  }

  /**
   * Counts the bytes that pass, and skips by reading, so that every byte also passes the digest
   * below it (a skip would bypass {@link DigestInputStream}).
   */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[8192];
      long skipped = 0;
      while (skipped < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }
  }
}
