package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitFileEventsTest {
  @TempDir
  Path dir;

  @Test
  void theRenameOfExitJsonWakesTheWatcherBeforeItsTick() throws Exception {
    try (ExitFileEvents events = new ExitFileEvents(); ExitFileEvents.Wakeup wakeup = events.watch(dir)) {
      Thread writer = new Thread(() -> {
        try {
          Thread.sleep(50);
          Path tmp = Files.writeString(dir.resolve(".exit.json.tmp"), "{}");
          Files.move(tmp, dir.resolve("exit.json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long t0 = System.nanoTime();
      writer.start();
      boolean poked = wakeup.await(10_000);
      long tookMs = (System.nanoTime() - t0) / 1_000_000;
      writer.join();
      assertThat(poked).isTrue();
      assertThat(tookMs).isLessThan(5_000);
    }
  }

  @Test
  void otherFilesDoNotWakeIt() throws Exception {
    try (ExitFileEvents events = new ExitFileEvents(); ExitFileEvents.Wakeup wakeup = events.watch(dir)) {
      Files.writeString(dir.resolve("shim.pid"), "1\n");
      Files.writeString(dir.resolve("task.json"), "{}");
      assertThat(wakeup.await(200)).isFalse();
    }
  }

  @Test
  void aDirectoryThatCannotBeWatchedFallsBackToSleeping() {
    try (ExitFileEvents events = new ExitFileEvents(); ExitFileEvents.Wakeup wakeup = events.watch(dir.resolve("missing"))) {
      long t0 = System.nanoTime();
      assertThat(wakeup.await(30)).isFalse();
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(29);
    }
  }
}
