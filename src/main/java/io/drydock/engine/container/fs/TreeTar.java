package io.drydock.engine.container.fs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes files of a directory tree as tar entries, the way Docker's archive package does: type,
 * mode, owner and mtime from {@code lstat}, symlinks as links (never followed), a second name of
 * a multiply linked file as a hardlink to the first, devices with their numbers, sockets skipped,
 * PAX headers for long names and big numbers. Names are given by the caller, so the same writer
 * serves export (names relative to the root), {@code docker cp} (rebased names), commit and the
 * builder's COPY/ADD.
 */
public final class TreeTar implements Closeable {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final int S_IFMT = 0170000;

  private final TarArchiveOutputStream tar;
  private final Map<String, String> firstNameOfInode = new HashMap<>();
  private final OwnerNames names;
  private Map<Path, Path> served = Map.of();

  public TreeTar(OutputStream out) {
    this(out, OwnerNames.NONE);
  }

  /** A writer whose headers name each entry's owner and group from {@code names}. */
  public TreeTar(OutputStream out, OwnerNames names) {
    this.names = names;
    this.tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setAddPaxHeadersForNonAsciiNames(true);
  }

  /**
   * Files of the tree to read from elsewhere, by their path in the tree: what a container has
   * bound over its own paths ({@code /etc/hostname}...), as the archive verbs show them.
   */
  public TreeTar serving(Map<Path, Path> files) {
    this.served = Map.copyOf(files);
    return this;
  }

  /** Adds {@code file} and, for a directory, everything below it in sorted order. */
  public void addTree(Path file, String name) throws IOException {
    if (!add(file, name)) {
      return;
    }
    if (Files.isDirectory(file, NOFOLLOW)) {
      for (Path child : sortedChildren(file)) {
        addTree(child, join(name, child.getFileName().toString()));
      }
    }
  }

  /** Adds one entry for {@code file} under {@code name}; false for a skipped socket. */
  public boolean add(Path entry, String name) throws IOException {
    Path file = served.getOrDefault(entry, entry);
    Map<String, Object> a = Files.readAttributes(file, "unix:mode,uid,gid,size,lastModifiedTime,rdev,ino,dev,nlink", NOFOLLOW);
    int mode = (Integer) a.get("mode");
    int type = mode & S_IFMT;
    TarArchiveEntry e;
    switch (type) {
      case 0040000 -> e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR);
      case 0120000 -> {
        e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        e.setLinkName(Files.readSymbolicLink(file).toString());
      }
      case 0020000, 0060000 -> {
        e = new TarArchiveEntry(name, type == 0020000 ? TarConstants.LF_CHR : TarConstants.LF_BLK);
        long rdev = (Long) a.get("rdev");
        e.setDevMajor((int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL)));
        e.setDevMinor((int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL)));
      }
      case 0010000 -> e = new TarArchiveEntry(name, TarConstants.LF_FIFO);
      case 0140000 -> {
        return false;
      }
      default -> {
        String inode = a.get("dev") + ":" + a.get("ino");
        String first = ((Integer) a.get("nlink")) > 1 ? firstNameOfInode.putIfAbsent(inode, name) : null;
        if (first != null) {
          e = new TarArchiveEntry(name, TarConstants.LF_LINK);
          e.setLinkName(first);
        } else {
          e = new TarArchiveEntry(name, TarConstants.LF_NORMAL);
          e.setSize((Long) a.get("size"));
        }
      }
    }
    e.setMode(mode & 07777);
    long uid = ((Integer) a.get("uid")).longValue();
    long gid = ((Integer) a.get("gid")).longValue();
    e.setUserId(uid);
    e.setGroupId(gid);
    e.setUserName(names.user(uid));
    e.setGroupName(names.group(gid));
    e.setModTime(wholeSeconds((FileTime) a.get("lastModifiedTime")));
    tar.putArchiveEntry(e);
    if (e.isFile() && e.getSize() > 0) {
      try (InputStream in = Files.newInputStream(file, NOFOLLOW)) {
        copyExactly(in, e.getSize(), name);
      }
    }
    tar.closeArchiveEntry();
    return true;
  }

  /** An empty regular file entry: an OCI whiteout ({@code .wh.name}) or opaque marker. */
  public void marker(String name, FileTime mtime) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_NORMAL);
    e.setSize(0);
    e.setMode(0);
    e.setModTime(wholeSeconds(mtime));
    tar.putArchiveEntry(e);
    tar.closeArchiveEntry();
  }

  /** A directory entry with no file behind it (owner 0:0): one a copy's destination needs. */
  public void directory(String name, int mode, FileTime mtime) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR);
    e.setMode(mode & 07777);
    e.setModTime(wholeSeconds(mtime));
    tar.putArchiveEntry(e);
    tar.closeArchiveEntry();
  }

  /** Times in whole seconds, as Docker's archive package writes them (no PAX header just for a fraction). */
  private static FileTime wholeSeconds(FileTime t) {
    return FileTime.from(t.toInstant().getEpochSecond(), java.util.concurrent.TimeUnit.SECONDS);
  }

  /** A file that changed size while being read is cut or padded, so the archive stays valid. */
  private void copyExactly(InputStream in, long size, String name) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long left = size;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        java.util.Arrays.fill(buf, (byte) 0);
        while (left > 0) {
          int pad = (int) Math.min(buf.length, left);
          tar.write(buf, 0, pad);
          left -= pad;
        }
        return;
      }
      tar.write(buf, 0, n);
      left -= n;
    }
  }

  static List<Path> sortedChildren(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    }
    out.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
    return out;
  }

  static String join(String dir, String name) {
    if (dir.isEmpty()) {
      return name;
    }
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** Writes the end-of-archive blocks (the underlying stream stays open). */
  public void finish() throws IOException {
    tar.finish();
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
