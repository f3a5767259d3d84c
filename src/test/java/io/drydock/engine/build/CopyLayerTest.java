package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COPY keeps a file's whole mode: setuid, setgid and sticky too (PosixFilePermission has only rwx). */
class CopyLayerTest {
  @TempDir
  Path dir;

  @Test
  void permissionBitsKeepSetuidSetgidAndSticky() throws Exception {
    Path f = Files.createFile(dir.resolve("tool"));
    Process chmod = new ProcessBuilder("chmod", "7751", f.toString()).inheritIO().start();
    assertThat(chmod.waitFor()).isZero();
    assertThat(CopyLayer.permissionBits(f)).isEqualTo(07751);
  }
}
