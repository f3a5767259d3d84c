package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.Poll;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * With {@code --tty} the command's terminal is the pty master it sends over the console socket
   * (drydock's helper sends one of the container's devpts): the shim takes it, removes the socket,
   * sets the initial size, and relays it — output, stdin, resize — with the pty as the command's
   * controlling terminal.
   */
  @Test
  void aTtyIsTheMasterTheCommandSentAndResizeChangesItsSize(@TempDir Path bin) throws Exception {
    Path sender = PtySender.build(bin);
    ShimSpec sh = shims.sh("tty", "tty; read x; stty size; read y; stty size").withOpenStdin().withTty(new TtySize(24, 80));
    ShimSpec spec = new ShimSpec(sh.id(), sh.stateDir(), PtySender.command(sender, sh, sh.command()), sh.env(), true, true,
        sh.initialSize(), sh.log(), false);
    ShimHandle h = shims.start(spec);
    awaitLog(h, "/dev/pts/");
    assertThat(h.paths().consoleSocket()).as("taken: no other master is accepted").doesNotExist();
    Files.writeString(h.paths().stdinFifo(), "go\n");
    awaitLog(h, "24 80");
    h.client().resize(new TtySize(50, 132));
    Files.writeString(h.paths().stdinFifo(), "go\n");
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero();
    String out = ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT);
    assertThat(out).containsPattern("/dev/pts/\\d+\r\n");
    assertThat(out).contains("24 80\r\n").endsWith("50 132\r\n");
    assertThat(ShimFixture.log(h)).allSatisfy(e -> assertThat(e.stream()).isEqualTo(LogStream.STDOUT));
  }

  /**
   * Stdin and a close-stdin sent before the master arrives wait for it (an exec's process makes its
   * pty after the exec was reported started, while the client may already type): here they are sent
   * while the command is still held.
   */
  @Test
  void stdinAndCloseSentBeforeTheMasterArrivesReachTheCommand(@TempDir Path bin) throws Exception {
    Path sender = PtySender.build(bin);
    ShimSpec sh = shims.sh("early", "exec cat").withOpenStdin().withTty(new TtySize(24, 80));
    ShimSpec spec = new ShimSpec(sh.id(), sh.stateDir(), PtySender.command(sender, sh, sh.command()), sh.env(), true, true,
        sh.initialSize(), sh.log(), true);
    ShimHandle h = shims.start(spec);
    try (Attachment a = h.client().attach(f -> { })) {
      a.stdin().write("early bytes\n".getBytes(StandardCharsets.US_ASCII));
      a.closeStdin();
      assertThat(h.client().status().state()).isEqualTo(ShimState.CREATED);
      h.client().start();
      assertThat(a.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isZero());
    }
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT)).contains("early bytes\r\n");
  }

  /** A command that never sends a master still ends normally: its exit is recorded and the console socket removed. */
  @Test
  void aTtyCommandThatSendsNoMasterExitsAndLeavesNoSocket() throws Exception {
    ShimHandle h = shims.start(shims.sh("no-master", "echo nowhere; exit 4").withOpenStdin().withTty(new TtySize(24, 80)));
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isEqualTo(4);
    assertThat(ShimFixture.log(h)).as("its own stdio is /dev/null").isEmpty();
    ShimFixture.awaitGone(h.shimPid(), WAIT);
    assertThat(h.paths().consoleSocket()).doesNotExist();
  }

  private static synchronized void append(ByteArrayOutputStream out, byte[] data) {
    out.writeBytes(data);
  }

  private static void awaitLog(ShimHandle h, String text) {
    Poll.require(WAIT, "log of " + h.paths().id() + " shows " + text, () -> ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT).contains(text));
  }
}
