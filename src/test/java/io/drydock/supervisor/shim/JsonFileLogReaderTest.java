package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileLogReaderTest {
  private static final Instant T0 = Instant.parse("2026-11-28T18:00:00.000000001Z");
  @TempDir Path dir;

  private Path log() {
    return dir.resolve("c-json.log");
  }

  private static String line(int n, LogStream s) {
    return "{\"log\":\"line-" + n + "\\n\",\"stream\":\"" + s.wireName() + "\",\"time\":\"" + T0.plusSeconds(n) + "\"}\n";
  }

  private void write(Path file, int from, int to) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(line(i, i % 3 == 0 ? LogStream.STDERR : LogStream.STDOUT));
    }
    Files.writeString(file, sb.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private void rotated() throws Exception {
    write(Path.of(log() + ".2"), 0, 10);
    write(Path.of(log() + ".1"), 10, 20);
    write(log(), 20, 30);
  }

  private static List<Integer> numbers(List<LogEntry> entries) {
    return entries.stream().map(e -> Integer.parseInt(e.log().substring(5).strip())).toList();
  }

  @Test
  void readsRotatedFilesOldestFirst() throws Exception {
    rotated();
    List<LogEntry> all = new JsonFileLogReader(log()).readAll(LogQuery.all());
    assertThat(numbers(all)).hasSize(30).isSorted().startsWith(0).endsWith(29);
    assertThat(all.get(0).time()).isEqualTo(T0);
    assertThat(all.get(0).stream()).isEqualTo(LogStream.STDERR);
  }

  @Test
  void sinceAndUntilAreInclusiveTailCountsLastEntries() throws Exception {
    rotated();
    JsonFileLogReader reader = new JsonFileLogReader(log());
    assertThat(numbers(reader.readAll(LogQuery.all().withSince(T0.plusSeconds(8)).withUntil(T0.plusSeconds(12)))))
        .containsExactly(8, 9, 10, 11, 12);
    assertThat(numbers(reader.readAll(LogQuery.all().withTail(3)))).containsExactly(27, 28, 29);
    assertThat(numbers(reader.readAll(LogQuery.all().withTail(0)))).isEmpty();
    assertThat(numbers(reader.readAll(LogQuery.all().withUntil(T0.plusSeconds(15)).withTail(2)))).containsExactly(14, 15);
  }

  @Test
  void selectsStreams() throws Exception {
    rotated();
    List<LogEntry> err = new JsonFileLogReader(log()).readAll(LogQuery.all().withStreams(Set.of(LogStream.STDERR)));
    assertThat(numbers(err)).containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24, 27);
  }

  @Test
  void followContinuesAcrossRotation() throws Exception {
    write(log(), 0, 5);
    List<LogEntry> seen = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread follower = new Thread(() -> new JsonFileLogReader(log()).read(LogQuery.all().withTail(2).following(), e -> {
      synchronized (seen) {
        seen.add(e);
      }
    }, stop::get));
    follower.start();
    try {
      Thread.sleep(200);
      write(log(), 5, 8);
      Files.move(log(), Path.of(log() + ".1"));
      write(log(), 8, 12);
      Thread.sleep(200);
      write(log(), 12, 13);
    } finally {
      stop.set(true);
      follower.join(10_000);
    }
    assertThat(follower.isAlive()).isFalse();
    synchronized (seen) {
      assertThat(numbers(seen)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }
  }

  @Test
  void aContainerThatNeverRanHasAnEmptyLog() {
    assertThat(new JsonFileLogReader(log()).readAll(LogQuery.all())).isEmpty();
    assertThat(new JsonFileLogReader(dir.resolve("gone/x-json.log")).readAll(LogQuery.all().withTail(5))).isEmpty();
  }

  @Test
  void aCorruptLineIsASystemError() throws Exception {
    Files.writeString(log(), line(1, LogStream.STDOUT) + "{\"log\":42}\n");
    assertThatThrownBy(() -> new JsonFileLogReader(log()).readAll(LogQuery.all()))
        .isInstanceOf(DrydockException.SystemError.class).hasMessageContaining("not a json-file log line");
  }
}
