package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShimStdioTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void stdinThroughTheFifoReachesTheCommand() throws Exception {
    ShimHandle h = shims.start(shims.sh("cat", "exec cat").withOpenStdin());
    Files.writeString(h.paths().stdinFifo(), "hello through the fifo\n");
    Files.writeString(h.paths().stdinFifo(), "second writer\n");
    h.client().closeStdin(); // after the bytes already in the fifo, which still reach cat
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero();
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT)).isEqualTo("hello through the fifo\nsecond writer\n");
  }

  @Test
  void stdinThroughAnAttachmentReachesTheCommand() throws Exception {
    ShimHandle h = shims.start(shims.sh("attach-in", "exec cat").withOpenStdin());
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    try (Attachment a = h.client().attach(f -> append(seen, f.data()))) {
      byte[] big = "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      a.stdin().write(big);
      a.stdin().write('\n');
      a.closeStdin();
      assertThat(a.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isZero());
    }
    assertThat(seen.size()).isEqualTo(100_001);
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT)).hasSize(100_001);
  }

  @Test
  void stdinSentBeforeHangingUpIsDeliveredInFull() throws Exception {
    ShimHandle h = shims.start(shims.sh("hangup", "wc -c").withOpenStdin());
    Attachment a = h.client().attach(f -> { });
    a.stdin().write(new byte[300_000]);
    a.closeStdin();
    a.close();
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero();
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT).strip()).isEqualTo("300000");
  }

  @Test
  void aTtyIsTheControllingTerminalAndResizeChangesItsSize() throws Exception {
    String script = "tty; stty size; read x; stty size";
    ShimHandle h = shims.start(shims.sh("tty", script).withOpenStdin().withTty(new TtySize(24, 80)));
    awaitLog(h, "24 80");
    h.client().resize(new TtySize(50, 132));
    Files.writeString(h.paths().stdinFifo(), "go\n");
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero();
    String out = ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT);
    assertThat(out).containsPattern("/dev/pts/\\d+\r\n24 80\r\n");
    assertThat(out).endsWith("50 132\r\n");
    assertThat(ShimFixture.log(h)).allSatisfy(e -> assertThat(e.stream()).isEqualTo(LogStream.STDOUT));
  }

  private static synchronized void append(ByteArrayOutputStream out, byte[] data) {
    out.writeBytes(data);
  }

  private static void awaitLog(ShimHandle h, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("log of " + h.paths().id() + " never showed " + text);
      }
      Thread.sleep(20);
    }
  }
}
