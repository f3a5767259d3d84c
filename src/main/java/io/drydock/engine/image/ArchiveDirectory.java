package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An archive given to {@code docker load}, unpacked into a private temp directory because its
 * members come in any order (manifest.json is usually last). Only regular files are kept, under
 * names checked to stay inside; symbolic links between members (which some writers use for a
 * shared layer) are followed by name, never on disk.
 */
final class ArchiveDirectory implements AutoCloseable {
  private final Path dir;
  private final Map<String, String> links = new HashMap<>();

  private ArchiveDirectory(Path dir) {
    this.dir = dir;
  }

  static ArchiveDirectory unpack(InputStream archive) {
    ArchiveDirectory a;
    try {
      a = new ArchiveDirectory(Files.createTempDirectory("drydock-load-"));
    } catch (IOException e) {
      throw new DrydockException.SystemError("load: cannot create a temp directory: " + e.getMessage(), e);
    }
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Decompression.open(archive))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        String name = clean(e.getName());
        if (name.isEmpty()) {
          continue;
        }
        if (e.isSymbolicLink()) {
          String target = e.getLinkName().startsWith("/") ? e.getLinkName() : parentOf(name) + e.getLinkName();
          a.links.put(name, clean(target));
        } else if (e.isFile()) {
          Path file = a.dir.resolve(name);
          Files.createDirectories(file.getParent());
          Files.copy(tar, file);
        }
      }
      return a;
    } catch (IOException | RuntimeException e) {
      a.close();
      if (e instanceof DrydockException d) {
        throw d;
      }
      throw new DrydockException.InvalidArgument("invalid archive: " + e.getMessage(), e);
    }
  }

  private static String parentOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash + 1);
  }

  /** A member name made relative and normalized; one that leaves the archive is refused. */
  static String clean(String name) {
    if (name.indexOf('\0') >= 0) {
      throw new DrydockException.InvalidArgument("invalid archive member name " + name);
    }
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        throw new DrydockException.InvalidArgument("invalid archive member name " + name + ": it leaves the archive");
      }
    }
    return Path.of("/").resolve(name).normalize().toString().substring(1);
  }

  boolean has(String member) {
    return Files.isRegularFile(file(member));
  }

  /** The file of a member (following archive-internal links); InvalidArgument when absent. */
  Path require(String member) {
    Path f = file(member);
    if (!Files.isRegularFile(f)) {
      throw new DrydockException.InvalidArgument("invalid archive: " + member + " is missing");
    }
    return f;
  }

  byte[] read(String member) {
    try {
      return Files.readAllBytes(require(member));
    } catch (IOException e) {
      throw new DrydockException.SystemError("load: read " + member + ": " + e.getMessage(), e);
    }
  }

  private Path file(String member) {
    String name = clean(member);
    for (int hops = 0; links.containsKey(name) && hops < 16; hops++) {
      name = links.get(name);
    }
    return dir.resolve(name);
  }

  @Override
  public void close() {
    try {
      TreeRemover.delete(dir);
    } catch (RuntimeException e) {
      // a leftover temp directory is harmless and the original error matters more
    }
  }
}
