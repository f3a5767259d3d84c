package io.drydock.supervisor.layer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

/** Builds layer tarballs for tests, entry by entry, with any names (also hostile ones). */
final class TestTars {
  enum Compression {
    NONE,
    GZIP,
    ZSTD
  }

  record Item(EntryKind kind, String name, byte[] content, String link, int mode, int uid, int gid, Map<String, String> pax) {}

  private final List<Item> items = new ArrayList<>();

  TestTars file(String name, String content) {
    return add(new Item(EntryKind.FILE, name, content.getBytes(StandardCharsets.UTF_8), "", 0644, 0, 0, Map.of()));
  }

  TestTars file(String name, String content, int mode, int uid, int gid) {
    return add(new Item(EntryKind.FILE, name, content.getBytes(StandardCharsets.UTF_8), "", mode, uid, gid, Map.of()));
  }

  TestTars dir(String name) {
    return add(new Item(EntryKind.DIRECTORY, name, new byte[0], "", 0755, 0, 0, Map.of()));
  }

  TestTars symlink(String name, String target) {
    return add(new Item(EntryKind.SYMLINK, name, new byte[0], target, 0777, 0, 0, Map.of()));
  }

  TestTars hardlink(String name, String target) {
    return add(new Item(EntryKind.HARDLINK, name, new byte[0], target, 0644, 0, 0, Map.of()));
  }

  TestTars charDevice(String name) {
    return add(new Item(EntryKind.CHAR_DEVICE, name, new byte[0], "", 0666, 0, 0, Map.of()));
  }

  TestTars withXattr(String name, String content, String xattr, String value) {
    return add(new Item(EntryKind.FILE, name, content.getBytes(StandardCharsets.UTF_8), "", 0644, 0, 0, Map.of("SCHILY.xattr." + xattr, value)));
  }

  TestTars add(Item item) {
    items.add(item);
    return this;
  }

  Path write(Path file) throws IOException {
    return write(file, Compression.NONE);
  }

  Path write(Path file, Compression compression) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = compress(raw, compression);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Item item : items) {
        TarArchiveEntry e = entry(item);
        tar.putArchiveEntry(e);
        if (item.kind() == EntryKind.FILE) {
          tar.write(item.content());
        }
        tar.closeArchiveEntry();
      }
    }
    return file;
  }

  private static OutputStream compress(OutputStream raw, Compression c) throws IOException {
    return switch (c) {
      case NONE -> raw;
      case GZIP -> new GzipCompressorOutputStream(raw);
      case ZSTD -> new ZstdCompressorOutputStream(raw);
    };
  }

  private static TarArchiveEntry entry(Item item) {
    byte flag =
        switch (item.kind()) {
          case DIRECTORY -> TarConstants.LF_DIR;
          case SYMLINK -> TarConstants.LF_SYMLINK;
          case HARDLINK -> TarConstants.LF_LINK;
          case CHAR_DEVICE -> TarConstants.LF_CHR;
          case BLOCK_DEVICE -> TarConstants.LF_BLK;
          case FIFO -> TarConstants.LF_FIFO;
          default -> TarConstants.LF_NORMAL;
        };
    String name = item.kind() == EntryKind.DIRECTORY && !item.name().endsWith("/") ? item.name() + "/" : item.name();
    TarArchiveEntry e = new TarArchiveEntry(name, flag, true);
    e.setMode(item.mode());
    e.setUserId(item.uid());
    e.setGroupId(item.gid());
    e.setLastModifiedTime(FileTime.fromMillis(1_600_000_000_000L));
    if (item.kind() == EntryKind.FILE) {
      e.setSize(item.content().length);
    }
    if (item.kind() == EntryKind.SYMLINK || item.kind() == EntryKind.HARDLINK) {
      e.setLinkName(item.link());
    }
    item.pax().forEach(e::addPaxHeader);
    return e;
  }
}
