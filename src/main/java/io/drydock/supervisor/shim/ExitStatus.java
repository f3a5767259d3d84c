package io.drydock.supervisor.shim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How a container's command ended, as the shim recorded it in {@code exit.json}. A death by signal
 * has {@code exitCode = 128 + signal}, the way docker reports it.
 */
public record ExitStatus(int exitCode, int signal, Instant exitedAt, boolean oomKilled) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code exit.json}; empty when the shim has not written one (the command still runs, or the shim died). */
  public static Optional<ExitStatus> read(Path exitFile) {
    try {
      JsonNode n = JSON.readTree(Files.readAllBytes(exitFile));
      return Optional.of(new ExitStatus(
          n.required("exitCode").asInt(),
          n.required("signal").asInt(),
          Instant.parse(n.required("exitedAt").asText()),
          n.path("oomKilled").asBoolean(false)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new DrydockException.SystemError("read exit status " + exitFile + ": " + e.getMessage(), e);
    }
  }
}
