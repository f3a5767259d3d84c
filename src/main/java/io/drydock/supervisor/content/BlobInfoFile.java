package io.drydock.supervisor.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The JSON form of {@link BlobInfo} on disk; kept apart so the record stays free of wire types. */
record BlobInfoFile(String digest, long size, String mediaType, Map<String, String> labels, String created) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static byte[] encode(BlobInfo info) {
    BlobInfoFile file =
        new BlobInfoFile(
            info.digest().toString(), info.size(), info.mediaType(), info.labels(), info.created().toString());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BlobInfo decode(Path path) {
    try {
      BlobInfoFile f = JSON.readValue(java.nio.file.Files.readAllBytes(path), BlobInfoFile.class);
      return new BlobInfo(
          Digest.parse(f.digest()), f.size(), f.mediaType(), f.labels() == null ? Map.of() : f.labels(), Instant.parse(f.created()));
    } catch (IOException e) {
      throw new UncheckedIOException("read blob info " + path + ": " + e.getMessage(), e);
    }
  }
}
