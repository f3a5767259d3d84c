package io.drydock.engine.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The files one COPY/ADD writes, as a tar whose names are relative to the image's root: each
 * entry keeps its mode and modification time and gets the owner of the step (root or
 * {@code --chown}); directories the destination needs are added first.
 */
final class CopyLayer implements AutoCloseable {
  private final TarArchiveOutputStream tar;
  private final int uid;
  private final int gid;

  CopyLayer(OutputStream out, int uid, int gid) {
    this.tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    this.uid = uid;
    this.gid = gid;
  }

  /** A directory made for the destination (mode 0755). */
  void directory(String name) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
    e.setMode(040755);
    own(e);
    tar.putArchiveEntry(e);
    tar.closeArchiveEntry();
  }

  /** {@code source} (file, symlink or directory tree) written as {@code name}. */
  void copy(Path source, String name) throws IOException {
    if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> children;
      try (Stream<Path> s = Files.list(source)) {
        children = s.sorted().toList();
      }
      for (Path child : children) {
        entry(child, name + "/" + child.getFileName());
      }
      return;
    }
    entry(source, name);
  }

  private void entry(Path p, String name) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    TarArchiveEntry e;
    if (a.isSymbolicLink()) {
      e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      e.setLinkName(Files.readSymbolicLink(p).toString());
    } else if (a.isDirectory()) {
      e = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
    } else {
      e = new TarArchiveEntry(name);
      e.setSize(a.size());
    }
    e.setMode(typeBits(a) | permissionBits(p));
    e.setModTime(a.lastModifiedTime().toMillis());
    own(e);
    tar.putArchiveEntry(e);
    if (a.isRegularFile()) {
      try (InputStream in = Files.newInputStream(p)) {
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) > 0; ) {
          tar.write(buf, 0, n);
        }
      }
    }
    tar.closeArchiveEntry();
    if (a.isDirectory()) {
      copy(p, name);
    }
  }

  private void own(TarArchiveEntry e) {
    e.setUserId(uid);
    e.setGroupId(gid);
  }

  private static int typeBits(PosixFileAttributes a) {
    return a.isSymbolicLink() ? 0120000 : a.isDirectory() ? 040000 : 0100000;
  }

  /** The permission bits with setuid, setgid and sticky, which {@code PosixFilePermission} cannot name. */
  static int permissionBits(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
