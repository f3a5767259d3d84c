package io.drydock.engine.build;

import io.drydock.supervisor.layer.Compression;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Whether a context file is a tar archive ADD unpacks, decided as dockerd's {@code isArchivePath}
 * does: decompressed by its first bytes ({@link Compression}: plain, gzip, bzip2, xz or zstd), it
 * must start with a valid tar header. A compressed file that is no tar ({@code notes.txt.gz}) is
 * copied as it is.
 */
final class Archives {
  private Archives() {}

  static boolean isArchive(Path file) {
    try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file));
        InputStream plain = Compression.peek(raw).decompress(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(plain)) {
      return tar.getNextEntry() != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
