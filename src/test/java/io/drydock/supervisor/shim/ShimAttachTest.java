package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShimAttachTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void twoAttachersSeeTheSameOutput() throws Exception {
    String script = "read x; i=0; while [ $i -lt 200 ]; do echo out-$i; echo err-$i >&2; i=$((i+1)); done; exit 5";
    ShimHandle h = shims.start(shims.sh("two", script).withOpenStdin());
    Collector first = new Collector();
    Collector second = new Collector();
    try (Attachment a = h.client().attach(first::accept); Attachment b = h.client().attach(second::accept)) {
      Files.writeString(h.paths().stdinFifo(), "go\n");
      assertThat(a.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isEqualTo(5));
      assertThat(b.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isEqualTo(5));
    }
    String expectedOut = IntStream.range(0, 200).mapToObj(i -> "out-" + i + "\n").collect(Collectors.joining());
    assertThat(first.text(LogStream.STDOUT)).isEqualTo(expectedOut);
    assertThat(second.text(LogStream.STDOUT)).isEqualTo(expectedOut);
    assertThat(second.text(LogStream.STDERR)).isEqualTo(first.text(LogStream.STDERR)).startsWith("err-0\n").endsWith("err-199\n");
  }

  @Test
  void detachingAndReattachingLosesNoLogLine() throws Exception {
    String script = "i=0; while [ $i -lt 60 ]; do echo line-$i; i=$((i+1)); sleep 0.02; done";
    ShimHandle h = shims.start(shims.sh("reattach", script));
    Collector early = new Collector();
    Attachment a = h.client().attach(early::accept);
    Thread.sleep(300);
    a.close();
    Thread.sleep(300);
    Collector late = new Collector();
    try (Attachment b = new ShimClient(h.paths().socket()).attach(late::accept)) {
      assertThat(b.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isZero());
    }
    List<String> lines = ShimFixture.log(h).stream().map(LogEntry::log).toList();
    assertThat(lines).isEqualTo(IntStream.range(0, 60).mapToObj(i -> "line-" + i + "\n").toList());
    assertThat(early.text(LogStream.STDOUT)).isNotEmpty();
    assertThat(late.text(LogStream.STDOUT)).endsWith("line-59\n");
    assertThat(early.text(LogStream.STDOUT).length() + late.text(LogStream.STDOUT).length())
        .isLessThan(String.join("", lines).length());
  }

  @Test
  void aSlowAttacherIsDroppedAndNeverBlocksTheCommandOrTheLog() throws Exception {
    ShimHandle h = shims.start(shims.sh("slow", "read x; head -c 4000000 /dev/zero | tr '\\0' a").withOpenStdin());
    CountDownLatch release = new CountDownLatch(1);
    try (Attachment stuck = h.client().attach(f -> awaitQuietly(release))) {
      Files.writeString(h.paths().stdinFifo(), "go\n");
      assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero(); // while the attacher still sleeps
      release.countDown();
      assertThat(stuck.awaitExit(WAIT)).isEmpty();
    } finally {
      release.countDown();
    }
    String out = ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT);
    assertThat(out).hasSize(4_000_000).matches("a+");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Collects frames from the reader thread. */
  static final class Collector {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    synchronized void accept(OutputFrame f) {
      (f.stream() == LogStream.STDOUT ? out : err).writeBytes(f.data());
    }

    synchronized String text(LogStream s) {
      return (s == LogStream.STDOUT ? out : err).toString(StandardCharsets.UTF_8);
    }
  }
}
