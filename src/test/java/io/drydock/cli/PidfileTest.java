package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidfileTest {
  @TempDir Path dir;

  @Test
  void writesOurPidAndRemovesItOnClose() throws Exception {
    Path file = dir.resolve("run/d.pid");
    Pidfile p = Pidfile.acquire(file);
    assertThat(Files.readString(file).trim()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    p.close();
    assertThat(file).doesNotExist();
  }

  @Test
  void refusesWhenTheFileNamesAnotherLiveProcess() throws Exception {
    Process other = new ProcessBuilder("sleep", "30").start();
    try {
      Path file = dir.resolve("d.pid");
      Files.writeString(file, other.pid() + "\n");
      assertThatThrownBy(() -> Pidfile.acquire(file))
          .isInstanceOf(DrydockException.Conflict.class)
          .hasMessage("pid file found, ensure drydock is not running or delete " + file);
      assertThat(Files.readString(file).trim()).isEqualTo(String.valueOf(other.pid()));
    } finally {
      other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void replacesAStaleOrGarbledFile() throws Exception {
    Path file = dir.resolve("d.pid");
    Files.writeString(file, "not a pid");
    Pidfile p = Pidfile.acquire(file);
    assertThat(Pidfile.readPid(file)).contains(ProcessHandle.current().pid());
    p.close();
  }

  @Test
  void leavesAFileThatNoLongerNamesUs() throws Exception {
    Path file = dir.resolve("d.pid");
    Pidfile p = Pidfile.acquire(file);
    Files.writeString(file, "1\n");
    p.close();
    assertThat(Files.readString(file)).isEqualTo("1\n");
  }
}
