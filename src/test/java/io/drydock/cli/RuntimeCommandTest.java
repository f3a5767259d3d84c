package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.BusyboxBundleAccess;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.testing.KernelTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RuntimeCommandTest {
  @TempDir Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new DrydockCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void specWritesRuncsDefaultAndRefusesToOverwrite() throws Exception {
    Outcome first = run("runtime", "spec", "--bundle", tmp.toString());
    assertThat(first.code()).isZero();
    Spec spec = SpecCodec.read(tmp.resolve("config.json"));
    assertThat(spec.process().args()).containsExactly("sh");
    Outcome second = run("runtime", "spec", "-b", tmp.toString());
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err()).contains("File config.json exists. Remove it first");
  }

  @Test
  void featuresPrintsTheSchemaFieldsAndCgroupVerbsSayTheyAreMissing() {
    Outcome f = run("runtime", "features");
    assertThat(f.code()).isZero();
    assertThat(f.out()).contains("\"ociVersionMin\" : \"1.0.0\"", "\"ociVersionMax\"", "\"namespaces\"");
    Outcome pause = run("runtime", "--root", tmp.toString(), "pause", "x");
    assertThat(pause.code()).isEqualTo(1);
    assertThat(pause.err()).contains("pause is not supported yet");
  }

  @Test
  void anUnknownContainerIsReportedLikeRunc() {
    Outcome o = run("runtime", "--root", tmp.toString(), "state", "nope");
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("container \"nope\" does not exist");
    Outcome bad = run("runtime", "--root", tmp.toString(), "kill", "a/b");
    assertThat(bad.err()).contains("invalid id format: a/b");
  }

  @Test
  @KernelTest
  void runReturnsTheContainersExitCode() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c", "exit 3"), s -> s);
    Outcome o = run("runtime", "--root", tmp.resolve("root").toString(), "run", "--bundle", bundle.toString(), "three");
    assertThat(o.code()).as(o.err()).isEqualTo(3);
    assertThat(tmp.resolve("root/three")).doesNotExist();
  }

  @Test
  @KernelTest
  void sigtermThroughRunGives143AndStateListKillWorkInBetween() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "60"), s -> {
      Linux l = s.linux();
      Linux noPidns = new Linux(l.namespaces().stream().filter(n -> !n.type().equals("pid")).toList(), null, null, null,
          null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null);
      return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, noPidns, null);
    });
    String root = tmp.resolve("root").toString();
    CompletableFuture<Outcome> running = CompletableFuture.supplyAsync(
        () -> run("runtime", "--root", root, "run", "-b", bundle.toString(), "term"));
    long deadline = System.currentTimeMillis() + 10_000;
    Outcome state;
    do {
      Thread.sleep(20);
      state = run("runtime", "--root", root, "state", "term");
    } while (!state.out().contains("\"running\"") && System.currentTimeMillis() < deadline);
    assertThat(state.out()).contains("\"status\" : \"running\"", "\"id\" : \"term\"", "\"ociVersion\"");
    assertThat(run("runtime", "--root", root, "list").out()).contains("term", "running");
    assertThat(run("runtime", "--root", root, "kill", "term", "TERM").code()).isZero();
    Outcome done = running.get(20, TimeUnit.SECONDS);
    assertThat(done.code()).as(done.err()).isEqualTo(143);
    assertThat(tmp.resolve("root/term")).doesNotExist();
  }

  @Test
  @KernelTest
  void detachedCreateWritesThePidFileAndTheLifecycleContinuesFromOtherCommands() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "60"), s -> s);
    String root = tmp.resolve("root").toString();
    Path pidFile = tmp.resolve("init.pid");
    Outcome create = run("runtime", "--root", root, "create", "-b", bundle.toString(), "--pid-file", pidFile.toString(), "det");
    assertThat(create.code()).as(create.err()).isZero();
    try {
      String state = run("runtime", "--root", root, "state", "det").out();
      assertThat(state).contains("\"status\" : \"created\"", "\"pid\" : " + Files.readString(pidFile).trim());
      assertThat(run("runtime", "--root", root, "start", "det").code()).isZero();
      assertThat(run("runtime", "--root", root, "state", "det").out()).contains("\"running\"");
      assertThat(run("runtime", "--root", root, "ps", "--format", "json", "det").out().trim())
          .isEqualTo("[" + Files.readString(pidFile).trim() + "]");
      assertThat(run("runtime", "--root", root, "kill", "det", "9").code()).isZero();
      long deadline = System.currentTimeMillis() + 10_000;
      while (!run("runtime", "--root", root, "state", "det").out().contains("\"stopped\"")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      Outcome killAgain = run("runtime", "--root", root, "kill", "det");
      assertThat(killAgain.code()).isEqualTo(1);
      assertThat(killAgain.err()).contains("container not running");
    } finally {
      run("runtime", "--root", root, "delete", "--force", "det");
    }
    assertThat(tmp.resolve("root/det")).doesNotExist();
  }

  @Test
  @KernelTest
  void sigtermToRunStopsAndDeletesTheContainer() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "60"), s -> {
      Linux l = s.linux();
      Linux noPidns = new Linux(l.namespaces().stream().filter(n -> !n.type().equals("pid")).toList(), null, null, null,
          null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null);
      return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, noPidns, null);
    });
    Path root = tmp.resolve("root");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.drydock.cli.Main",
        "runtime", "--root", root.toString(), "run", "-b", bundle.toString(), "sig")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      long deadline = System.currentTimeMillis() + 20_000;
      while (!run("runtime", "--root", root.toString(), "state", "sig").out().contains("\"running\"")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      String state = run("runtime", "--root", root.toString(), "state", "sig").out();
      assertThat(state).contains("\"running\"");
      int pid = io.drydock.runtime.spec.SpecCodec.mapper().readTree(state).get("pid").asInt();
      cli.destroy();
      assertThat(cli.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(cli.exitValue()).isEqualTo(143);
      assertThat(root.resolve("sig")).doesNotExist();
      assertThat(Path.of("/proc/" + pid)).doesNotExist();
    } finally {
      cli.destroyForcibly();
      run("runtime", "--root", root.toString(), "delete", "--force", "sig");
    }
  }
}
