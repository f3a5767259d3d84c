package io.drydock.engine.system;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The engine's stable identity ({@code ID} in {@code /info}), kept in {@code <data-root>/engine-id}
 * like dockerd's, so it survives restarts. Written to a temp file and renamed.
 */
public final class EngineId {
  static final String FILE_NAME = "engine-id";

  private EngineId() {}

  public static String loadOrCreate(Path dataRoot) {
    Path file = dataRoot.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!id.isEmpty()) {
          return id;
        }
      }
      String id = UUID.randomUUID().toString();
      Path tmp = dataRoot.resolve(FILE_NAME + ".tmp");
      Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return id;
    } catch (IOException e) {
      throw new DrydockException.SystemError("engine id in " + file + ": " + e.getMessage(), e);
    }
  }
}
