package io.drydock.supervisor.layer;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a layer blob (tar, gzip, zstd or bzip2) into a directory, applying OCI whiteouts in the
 * chosen {@link WhiteoutMode}.
 *
 * <p>Two passes over the blob: the first checks every header with {@link TarEntryPolicy} and
 * computes the diff ID, so a hostile layer is refused before a single file is written. The second
 * writes. In {@link WhiteoutMode#OVERLAY} mode it writes into a temp sibling of the target that is
 * renamed into place only on success, so a failure at any point leaves no target. In {@link
 * WhiteoutMode#APPLY} mode the target is the existing parent copy and is changed in place; a
 * failure of the second pass (I/O, a symlink loop) can leave it half-applied, and the caller
 * (the copying snapshotter) removes that active snapshot. {@link WhiteoutMode#LITERAL} writes in
 * place as APPLY does, with no whiteouts at all.
 */
public final class LayerUnpacker {
  private final UnpackOptions options;

  public LayerUnpacker(UnpackOptions options) {
    this.options = options;
  }

  /**
   * Unpacks {@code layer} into {@code target}. OVERLAY mode: {@code target} must be absent or an
   * empty directory. APPLY and LITERAL modes: {@code target} must be a directory. A refused layer throws
   * InvalidArgument naming the entry.
   */
  public UnpackResult unpack(Path layer, Path target) {
    try {
      UnpackResult checked = check(layer);
      if (options.mode() != WhiteoutMode.OVERLAY) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new DrydockException.NotFound("unpack layer: no directory " + target);
        }
        writeAll(layer, target);
        return checked;
      }
      unpackFresh(layer, target);
      return checked;
    } catch (IOException e) {
      throw new UncheckedIOException("unpack layer " + layer.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private void unpackFresh(Path layer, Path target) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyDirectory(target)) {
      throw new DrydockException.Conflict("unpack layer: " + target + " already exists and is not empty");
    }
    Path temp = target.resolveSibling(AtomicFiles.TEMP_PREFIX + "unpack-" + UUID.randomUUID());
    Files.createDirectory(temp);
    try {
      writeAll(layer, temp);
      AtomicFiles.moveDurably(temp, target);
    } finally {
      TreeRemover.delete(temp);
    }
  }

  private UnpackResult check(Path layer) throws IOException {
    MessageDigest sha = Digest.newSha256();
    long entries = 0;
    try (InputStream raw = new DigestInputStream(LayerStreams.open(layer, options.mode()), sha);
        TarArchiveInputStream tar = LayerStreams.tar(raw)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        entries++;
        EntryVerdict v = TarEntryPolicy.check(LayerStreams.header(e), options.allowDevices(), options.mode());
        if (v instanceof EntryVerdict.Refuse refused) {
          throw new DrydockException.InvalidArgument(refused.reason());
        }
      }
      raw.transferTo(OutputSink.INSTANCE);
    }
    return new UnpackResult(Digest.ofSha256(sha.digest()), entries);
  }

  private void writeAll(Path layer, Path root) throws IOException {
    LayerWriter writer = new LayerWriter(root, options);
    try (TarArchiveInputStream tar = LayerStreams.tar(LayerStreams.open(layer, options.mode()))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        EntryVerdict v = TarEntryPolicy.check(LayerStreams.header(e), options.allowDevices(), options.mode());
        if (v instanceof EntryVerdict.Write w) {
          writer.write(w, e, tar);
        } else if (v instanceof EntryVerdict.Whiteout w) {
          writer.whiteout(w, e.getName());
        } else if (v instanceof EntryVerdict.Opaque o) {
          writer.opaque(o, e.getName());
        } else if (v instanceof EntryVerdict.Refuse r) {
          throw new DrydockException.InvalidArgument(r.reason());
        }
      }
    }
    writer.finish();
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** Discards bytes; used to hash the tar padding after the last entry. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
