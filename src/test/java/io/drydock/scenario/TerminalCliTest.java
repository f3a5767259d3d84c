package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The terminal of {@code docker run -t} and {@code docker exec -t} with the real docker CLI on a
 * terminal: the container's process gets a pty of the container's own devpts, as with dockerd's
 * runc (console socket), so {@code tty} names a {@code /dev/pts/N} that exists inside the
 * container — {@code /dev/pts/0} for the container's first process — instead of answering
 * {@code not a tty}. ({@code busybox tty}: the test image links only a few applets.)
 */
@ScenarioTest
class TerminalCliTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Prints the terminal's name and whether that name is a character device inside the container. */
  private static final String NAME_AND_DEVICE = "p=$(busybox tty); test -c \"$p\" && echo \"tty=$p is-a-device\"";

  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-terminal-cli");

  @Test
  void runTPrintsTheFirstPtyOfTheContainersDevpts() throws Exception {
    try (TerminalSession run = TerminalSession.docker(DAEMON.cli(), "run", "--rm", "-t", "busybox", "busybox", "tty")) {
      assertThat(run.awaitExit(WAIT)).as(run.output()).isZero();
      assertThat(run.output()).contains("/dev/pts/0").doesNotContain("not a tty");
    }
  }

  @Test
  void runItShellAndExecTSeeTheirOwnPtysInsideTheContainer() throws Exception {
    try (TerminalSession run = TerminalSession.docker(DAEMON.cli(), "run", "-it", "--name", "tc-shell", "busybox", "sh")) {
      run.awaitOutput("#", WAIT);
      run.type(NAME_AND_DEVICE + "\n");
      run.awaitOutput("tty=/dev/pts/0 is-a-device", WAIT);

      try (TerminalSession exec = TerminalSession.docker(DAEMON.cli(), "exec", "-t", "tc-shell", "sh", "-c", NAME_AND_DEVICE)) {
        assertThat(exec.awaitExit(WAIT)).as(exec.output()).isZero();
        assertThat(exec.output()).containsPattern("tty=/dev/pts/[1-9][0-9]* is-a-device");
      }
      CommandResult execTty = DAEMON.cli().run("exec", "-t", "tc-shell", "busybox", "tty");
      assertThat(execTty.exitCode()).as(execTty.stderr()).isZero();
      assertThat(execTty.stdout().trim()).matches("/dev/pts/[1-9][0-9]*");

      run.type("exit 0\n");
      assertThat(run.awaitExit(WAIT)).as(run.output()).isZero();
    } finally {
      DAEMON.cli().run("rm", "-f", "tc-shell");
    }
  }

  /** As with dockerd: the pty belongs to the container's user, who can reopen it. */
  @Test
  void runTAsANonRootUserOwnsItsPty() throws Exception {
    String script = "echo owner=$(busybox stat -c %u $(busybox tty)); echo reopened > $(busybox tty)";
    try (TerminalSession run = TerminalSession.docker(DAEMON.cli(), "run", "--rm", "-t", "-u", "1000", "busybox", "sh", "-c", script)) {
      assertThat(run.awaitExit(WAIT)).as(run.output()).isZero();
      assertThat(run.output()).contains("owner=1000", "reopened");
    }
  }

  @Test
  void execTInAContainerWithoutATerminalGetsPtyZero() throws Exception {
    CommandResult started = DAEMON.cli().run("run", "-d", "--name", "tc-plain", "busybox", "sleep", "600");
    try {
      assertThat(started.exitCode()).as(started.stderr()).isZero();
      try (TerminalSession exec = TerminalSession.docker(DAEMON.cli(), "exec", "-t", "tc-plain", "busybox", "tty")) {
        assertThat(exec.awaitExit(WAIT)).as(exec.output()).isZero();
        assertThat(exec.output()).contains("/dev/pts/0").doesNotContain("not a tty");
      }
    } finally {
      DAEMON.cli().run("rm", "-f", "tc-plain");
    }
  }
}
