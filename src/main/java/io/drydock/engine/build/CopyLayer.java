package io.drydock.engine.build;

import io.drydock.engine.container.fs.TreeTar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files one COPY/ADD writes, as a tar whose names are relative to the image's root, written by
 * the engine's {@link TreeTar} (modes with setuid/setgid/sticky, mtimes, symlinks, hard links
 * among the copied files, PAX long names, files that change while read); directories the
 * destination needs come first. Owners are the unpacker's to give (root or {@code --chown}).
 */
final class CopyLayer implements AutoCloseable {
  private final TreeTar tar;
  private final FileTime now = FileTime.from(Instant.now());

  CopyLayer(OutputStream out) {
    this.tar = new TreeTar(out);
  }

  /** A directory made for the destination (mode 0755). */
  void directory(String name) throws IOException {
    tar.directory(name, 0755, now);
  }

  /** {@code source} written as {@code name}; a directory's contents go below {@code name}. */
  void copy(Path source, String name) throws IOException {
    if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      tar.add(source, name);
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(source)) {
      s.forEach(children::add);
    }
    children.sort(Comparator.comparing(c -> c.getFileName().toString()));
    for (Path child : children) {
      tar.addTree(child, name + "/" + child.getFileName());
    }
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
