package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Detaching with the real docker CLI on a terminal: {@code docker run -it}, {@code docker attach}
 * (default and {@code --detach-keys}) and {@code docker exec -it} end at the detach sequence — {@code
 * run} with exit code 0, {@code attach} and {@code exec} with the CLI's "read escape sequence" and
 * exit code 1, as against dockerd 20.10 — while the container (its shell, stdin open) and the
 * exec's shell keep running: the CLI catches the keys itself, so the engine sees only the
 * connection close and logs no {@code detach}. {@code docker attach --detach-keys=bad} prints the
 * CLI's answer to dockerd's raw 400.
 */
@ScenarioTest
class DetachCliTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-detach-cli");

  @Test
  void runItAttachAndExecDetachAndTheShellKeepsRunning() throws Exception {
    String since = Long.toString(Instant.now().getEpochSecond());
    try (TerminalSession run = TerminalSession.docker(DAEMON.cli(), "run", "-it", "--name", "dt-shell", "busybox", "sh")) {
      run.awaitOutput("#", WAIT);
      run.type("echo one-$((40+2))\n");
      run.awaitOutput("one-42", WAIT);
      run.type("\u0010\u0011");
      assertThat(run.awaitExit(WAIT)).as(run.output()).isZero();
    }
    assertThat(DAEMON.inspect("{{.State.Running}}", "dt-shell")).isEqualTo("true");

    try (TerminalSession attach = TerminalSession.docker(DAEMON.cli(), "attach", "dt-shell")) {
      attach.type("echo two-$((40+2))\n");
      attach.awaitOutput("two-42", WAIT);
      attach.type("\u0010\u0011");
      assertThat(attach.awaitExit(WAIT)).as(attach.output()).isEqualTo(1);
      assertThat(attach.output()).contains("read escape sequence");
    }
    assertThat(DAEMON.inspect("{{.State.Running}}", "dt-shell")).isEqualTo("true");

    try (TerminalSession attach = TerminalSession.docker(DAEMON.cli(), "attach", "--detach-keys", "ctrl-x,y", "dt-shell")) {
      attach.type("echo three-$((40+2))\n");
      attach.awaitOutput("three-42", WAIT);
      attach.type("\u0018y");
      assertThat(attach.awaitExit(WAIT)).as(attach.output()).isEqualTo(1);
      assertThat(attach.output()).contains("read escape sequence");
    }
    assertThat(DAEMON.inspect("{{.State.Running}}", "dt-shell")).isEqualTo("true");

    try (TerminalSession exec = TerminalSession.docker(DAEMON.cli(), "exec", "-it", "dt-shell", "sh")) {
      exec.awaitOutput("#", WAIT);
      exec.type("echo four-$((40+2))\n");
      exec.awaitOutput("four-42", WAIT);
      exec.type("\u0010\u0011");
      assertThat(exec.awaitExit(WAIT)).as(exec.output()).isEqualTo(1);
      assertThat(exec.output()).contains("read escape sequence");
    }
    assertThat(DAEMON.inspect("{{.State.Running}}", "dt-shell")).isEqualTo("true");
    assertThat(DAEMON.inspect("{{len .ExecIDs}}", "dt-shell")).as("the CLI's keys never reach the engine: the tty exec keeps running").isEqualTo("1");
    CommandResult top = DAEMON.docker("top", "dt-shell");
    assertThat(top.stdout().lines().filter(l -> l.endsWith(" sh"))).as(top.stdout()).hasSize(2);
    CommandResult detaches = DAEMON.docker("events", "--since", since, "--until", Long.toString(Instant.now().getEpochSecond() + 1),
        "--filter", "event=detach", "--filter", "event=exec_detach");
    assertThat(detaches.stdout()).as("dockerd logs no detach when the CLI catches the keys").isEmpty();

    try (TerminalSession bad = TerminalSession.docker(DAEMON.cli(), "attach", "--detach-keys", "bad", "dt-shell")) {
      assertThat(bad.awaitExit(WAIT)).as(bad.output()).isEqualTo(1);
      assertThat(bad.output()).contains("unable to upgrade to tcp, received 400");
    }
    assertThat(DAEMON.inspect("{{.State.Running}}", "dt-shell")).isEqualTo("true");

    try (TerminalSession attach = TerminalSession.docker(DAEMON.cli(), "attach", "dt-shell")) {
      attach.type("echo five-$((40+2)); exit 3\n");
      attach.awaitOutput("five-42", WAIT);
      assertThat(attach.awaitExit(WAIT)).as("the shell read its stdin to the end").isEqualTo(3);
    }
    assertThat(DAEMON.inspect("{{.State.Status}} {{.State.ExitCode}}", "dt-shell")).isEqualTo("exited 3");
  }

  /**
   * The pty is the controlling terminal of the container's shell and of an exec's shell, as with
   * dockerd: ctrl-c interrupts the foreground command (the terminal sends SIGINT to its foreground
   * process group, which needs a session that owns the terminal) and the shell prompts again.
   */
  @Test
  void ctrlCInterruptsTheForegroundCommandOfRunAndExec() throws Exception {
    try (TerminalSession run = TerminalSession.docker(DAEMON.cli(), "run", "-it", "--name", "dt-ctrlc", "busybox", "sh")) {
      interruptASleepThenEcho(run, "run");
      try (TerminalSession exec = TerminalSession.docker(DAEMON.cli(), "exec", "-it", "dt-ctrlc", "sh")) {
        interruptASleepThenEcho(exec, "exec");
        exec.type("exit 0\n");
        assertThat(exec.awaitExit(WAIT)).as(exec.output()).isZero();
      }
      run.type("exit 0\n");
      assertThat(run.awaitExit(WAIT)).as(run.output()).isZero();
    } finally {
      DAEMON.docker("rm", "-f", "dt-ctrlc");
    }
  }

  /** The ctrl-c must find the sleep running: typed earlier, on a busy machine, it reaches only the shell. */
  private static void awaitSleepRunning() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!DAEMON.docker("top", "dt-ctrlc").stdout().contains("sleep 120")) {
      assertThat(System.nanoTime()).as("the sleep runs before ctrl-c is typed").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /** At the shell's prompt: a long sleep, ctrl-c, then an echo that must answer well before the sleep would end. */
  private static void interruptASleepThenEcho(TerminalSession shell, String marker) throws InterruptedException {
    shell.awaitOutput("#", WAIT);
    shell.type("sleep 120\n");
    awaitSleepRunning();
    shell.type("\u0003");
    shell.type("echo " + marker + "-$((40+2))\n");
    shell.awaitOutput(marker + "-42", Duration.ofSeconds(10));
  }
}
