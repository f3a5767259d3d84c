package io.drydock.supervisor.layer;

import io.drydock.common.DrydockException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Opens a layer blob as its uncompressed tar stream, choosing the decompressor by magic bytes
 * (as Docker does; media types lie more often than bytes): gzip, zstd, bzip2 or plain tar.
 */
final class LayerStreams {
  private LayerStreams() {}

  static InputStream open(Path layer) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(layer), 64 * 1024);
    try {
      in.mark(8);
      byte[] magic = in.readNBytes(6);
      in.reset();
      return switch (compressionOf(magic)) {
        case "gzip" -> GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
        case "zstd" -> new ZstdCompressorInputStream(in);
        case "bzip2" -> new BZip2CompressorInputStream(in, true);
        case "xz" -> throw new DrydockException.InvalidArgument(
            "unsupported layer compression xz in " + layer.getFileName());
        default -> in;
      };
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  static String compressionOf(byte[] m) {
    if (m.length >= 2 && (m[0] & 0xff) == 0x1f && (m[1] & 0xff) == 0x8b) {
      return "gzip";
    }
    if (m.length >= 4 && (m[0] & 0xff) == 0x28 && (m[1] & 0xff) == 0xb5 && (m[2] & 0xff) == 0x2f && (m[3] & 0xff) == 0xfd) {
      return "zstd";
    }
    if (m.length >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') {
      return "bzip2";
    }
    if (m.length >= 6 && (m[0] & 0xff) == 0xfd && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z' && m[5] == 0) {
      return "xz";
    }
    return "none";
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
