package io.drydock.supervisor.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The JSON form of one snapshot's metadata: {@code metadata/<id>.json}. */
record SnapshotFile(String id, String key, String parent, String kind, String created) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static byte[] encode(String id, SnapshotInfo info) {
    SnapshotFile f = new SnapshotFile(id, info.key(), info.parent().orElse(null), info.kind().name(), info.created().toString());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SnapshotFile read(Path path) {
    try {
      return JSON.readValue(Files.readAllBytes(path), SnapshotFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("read snapshot metadata " + path + ": " + e.getMessage(), e);
    }
  }

  SnapshotInfo info() {
    return new SnapshotInfo(key, Optional.ofNullable(parent), SnapshotKind.valueOf(kind), Instant.parse(created));
  }
}
