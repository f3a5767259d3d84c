package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The audit command's argument handling: a bad call is a clear error with exit code 2 and no audit. */
class AuditCommandTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] argv = new String[args.length + 1];
    argv[0] = "audit";
    System.arraycopy(args, 0, argv, 1, args.length);
    int code = new CommandLine(new DrydockCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(argv);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void neitherPidNorContainerIsRefused() {
    String[] r = run();
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).isEmpty();
    assertThat(r[2]).isEqualTo("drydock audit: give either --pid PID or a container id, not both or neither\n");
  }

  @Test
  void bothPidAndContainerAreRefused() {
    String[] r = run("--pid", "1", "abc");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("not both or neither");
  }

  @Test
  void theHelpNamesTheOptions() {
    String[] r = run("--help");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("--pid").contains("--json").contains("--privileged").contains("--root");
  }
}
