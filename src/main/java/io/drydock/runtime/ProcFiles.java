package io.drydock.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a /proc file to its end. Files.readString trusts the size the file reports, which procfs
 * gets wrong (cap_last_cap read as "4" instead of "40"), so /proc is always read as a stream.
 */
final class ProcFiles {
  private ProcFiles() {}

  static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
