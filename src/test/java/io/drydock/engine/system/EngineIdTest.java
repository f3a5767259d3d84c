package io.drydock.engine.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineIdTest {
  @TempDir Path dataRoot;

  @Test
  void isCreatedOnceAndKeptAcrossRestarts() throws Exception {
    String first = EngineId.loadOrCreate(dataRoot);
    assertThat(first).matches("[0-9a-f-]{36}");
    assertThat(EngineId.loadOrCreate(dataRoot)).isEqualTo(first);
    assertThat(Files.readString(dataRoot.resolve(EngineId.FILE_NAME)).trim()).isEqualTo(first);
    assertThat(dataRoot.resolve(EngineId.FILE_NAME + ".tmp")).doesNotExist();
  }

  @Test
  void anEmptyFileIsReplaced() throws Exception {
    Files.writeString(dataRoot.resolve(EngineId.FILE_NAME), "\n");
    assertThat(EngineId.loadOrCreate(dataRoot)).isNotBlank();
  }
}
