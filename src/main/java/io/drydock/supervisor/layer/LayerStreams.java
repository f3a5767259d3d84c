package io.drydock.supervisor.layer;

import io.drydock.common.DrydockException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Opens a layer blob as its uncompressed tar stream, choosing the decompressor by magic bytes
 * ({@link Compression}): gzip, zstd, bzip2 or plain tar; xz only for a file archive.
 */
final class LayerStreams {
  private LayerStreams() {}

  /** The blob's tar stream; xz is refused for a layer, not for a file archive ({@link WhiteoutMode#layer}). */
  static InputStream open(Path layer, WhiteoutMode mode) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(layer), 64 * 1024);
    try {
      Compression c = Compression.peek(in);
      if (c == Compression.XZ && mode.layer()) {
        throw new DrydockException.InvalidArgument("unsupported layer compression xz in " + layer.getFileName());
      }
      return c.decompress(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  static TarArchiveInputStream tar(InputStream uncompressed) {
    return new TarArchiveInputStream(uncompressed);
  }

  /** The safety-relevant part of a commons-compress entry. */
  static EntryHeader header(TarArchiveEntry e) {
    return new EntryHeader(e.getName(), kindOf(e), e.getLinkName());
  }

  static EntryKind kindOf(TarArchiveEntry e) {
    if (e.isSymbolicLink()) {
      return EntryKind.SYMLINK;
    }
    if (e.isLink()) {
      return EntryKind.HARDLINK;
    }
    if (e.isCharacterDevice()) {
      return EntryKind.CHAR_DEVICE;
    }
    if (e.isBlockDevice()) {
      return EntryKind.BLOCK_DEVICE;
    }
    if (e.isFIFO()) {
      return EntryKind.FIFO;
    }
    if (e.isDirectory()) {
      return EntryKind.DIRECTORY;
    }
    if (e.isSparse() || e.isGNULongNameEntry() || e.isGNULongLinkEntry()) {
      return EntryKind.OTHER;
    }
    byte flag = e.getLinkFlag();
    return flag == TarArchiveEntry.LF_NORMAL || flag == TarArchiveEntry.LF_OLDNORM || flag == '7' ? EntryKind.FILE : EntryKind.OTHER;
  }
}
