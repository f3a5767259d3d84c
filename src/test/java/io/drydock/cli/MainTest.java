package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void versionPrintsTheVersionAndApiVersion() {
    Outcome o = run("--version");
    assertThat(o.code()).isZero();
    assertThat(o.out()).startsWith("drydock version ").contains("1.41");
  }

  @Test
  void helpListsTheSubcommands() {
    Outcome o = run("--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("daemon", "runtime", "audit", "conformance");
  }

  @Test
  void runtimeHelpListsRuncVerbs() {
    Outcome o = run("runtime", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("create", "start", "state", "kill", "delete", "run", "exec", "list", "spec", "--root");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    Outcome o = run("frobnicate");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("frobnicate");
  }
}
