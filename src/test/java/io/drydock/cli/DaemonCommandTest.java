package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals of {@code drydock daemon} that happen before anything is created. */
class DaemonCommandTest {
  @TempDir Path dir;

  private record Outcome(int code, String err) {}

  private Outcome run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      String[] full = new String[args.length + 7];
      full[0] = "daemon";
      full[1] = "--data-root";
      full[2] = dir.resolve("data").toString();
      full[3] = "--exec-root";
      full[4] = dir.resolve("exec").toString();
      full[5] = "--pidfile";
      full[6] = dir.resolve("d.pid").toString();
      System.arraycopy(args, 0, full, 7, args.length);
      return new Outcome(Main.run(full), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  private void nothingCreated() {
    assertThat(dir.resolve("data")).doesNotExist();
    assertThat(dir.resolve("exec")).doesNotExist();
    assertThat(dir.resolve("d.pid")).doesNotExist();
  }

  @Test
  void plainTcpOnAPublicAddressIsRefused() {
    Outcome o = run("-H", "tcp://0.0.0.0:2375");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).startsWith("drydock daemon: refusing to listen on tcp://0.0.0.0:2375 without TLS");
    nothingCreated();
  }

  @Test
  void tlsVerifyNeedsAllThreeFiles() {
    Outcome o = run("-H", "tcp://0.0.0.0:2376", "--tlsverify", "--tlscert", "c.pem");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("--tlsverify needs --tlscacert, --tlscert and --tlskey");
    nothingCreated();
  }

  @Test
  void tlsFilesWithoutVerifyAreRefused() {
    Outcome o = run("--tlscert", "c.pem");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("need --tlsverify");
  }

  @Test
  void unknownHostSchemesAndLogLevelsAreRefused() {
    assertThat(run("-H", "fd://").err()).contains("invalid host fd://");
    Outcome o = run("-H", "unix://" + dir.resolve("s.sock"), "--log-level", "chatty");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("invalid log level: chatty");
    nothingCreated();
  }

  @Test
  void aCgroupParentOutsideTheHierarchiesIsRefused() {
    for (String bad : new String[] {"../escape", "ci/../..", "/", "a/./b"}) {
      Outcome o = run("-H", "unix://" + dir.resolve("s.sock"), "--cgroup-parent", bad);
      assertThat(o.code()).as(bad).isEqualTo(1);
      assertThat(o.err()).as(bad).contains("--cgroup-parent: invalid cgroup path \"" + bad + "\"");
      nothingCreated();
    }
    assertThat(DaemonCommand.checkedCgroupParent("/ci/drydock/")).isEqualTo("ci/drydock");
  }

  @Test
  void aLogOptionItsDefaultDriverDoesNotKnowIsRefused() {
    Outcome o = run("-H", "unix://" + dir.resolve("s.sock"), "--log-opt", "nope=1");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("drydock daemon: failed to set log opts: unknown log opt 'nope' for json-file log driver");
    nothingCreated();
    assertThat(DaemonCommand.logDefault("local", java.util.List.of("max-file=2", "compress")).options())
        .isEqualTo(java.util.Map.of("max-file", "2", "compress", ""));
  }
}
