package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.BusyboxBundleAccess;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.testing.KernelTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

  /** Ids and cgroups made unique per JVM: other builds on this machine run the same test. */
  private static final String P = "-" + ProcessHandle.current().pid();

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
  void featuresPrintsTheSchemaFieldsWithCgroupsAndSeccompAndCgroupVerbsNeedAContainer() throws Exception {
    Outcome f = run("runtime", "features");
    assertThat(f.code()).isZero();
    assertThat(f.out()).contains("\"ociVersionMin\" : \"1.0.0\"", "\"ociVersionMax\"", "\"namespaces\"");
    com.fasterxml.jackson.databind.JsonNode linux = SpecCodec.mapper().readTree(f.out()).path("linux");
    assertThat(linux.path("cgroup").path("v1").asBoolean()).isTrue();
    assertThat(linux.path("seccomp").path("enabled").asBoolean()).isTrue();
    assertThat(linux.path("seccomp").path("actions").toString()).contains("SCMP_ACT_ERRNO").doesNotContain("NOTIFY");
    assertThat(linux.path("seccomp").path("operators").toString()).contains("SCMP_CMP_MASKED_EQ");
    assertThat(linux.path("seccomp").path("archs").toString()).contains("SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64");
    for (String verb : List.of("pause", "resume", "events", "update")) {
      Outcome o = run("runtime", "--root", tmp.toString(), verb, "x");
      assertThat(o.code()).as(verb).isEqualTo(1);
      assertThat(o.err()).as(verb).contains("container \"x\" does not exist");
    }
  }

  @Test
  void updateFlagsTakeRuncsSizesAndOverrideTheResourcesFile() {
    assertThat(UpdateFlags.size("512m", "--memory")).isEqualTo(512L << 20);
    assertThat(UpdateFlags.size("1G", "--memory")).isEqualTo(1L << 30);
    assertThat(UpdateFlags.size("4096", "--memory")).isEqualTo(4096L);
    assertThat(UpdateFlags.size("-1", "--memory-swap")).isEqualTo(-1L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UpdateFlags.size("lots", "--memory"))
        .hasMessageContaining("invalid value for --memory");
    var base = new io.drydock.runtime.spec.Resources(null, null,
        new io.drydock.runtime.spec.Cpu(512L, null, null, null, null, null, "0", null, null, null),
        new io.drydock.runtime.spec.Pids(10L, null), null, null, null, null, null, null);
    var r = new UpdateFlags("64m", null, null, null, 50000L, null, null, null, null, null).applyTo(base);
    assertThat(r.memory().limit()).isEqualTo(64L << 20);
    assertThat(r.cpu().shares()).isEqualTo(512L);
    assertThat(r.cpu().quota()).isEqualTo(50000L);
    assertThat(r.cpu().cpus()).isEqualTo("0");
    assertThat(r.pids().limit()).isEqualTo(10L);
    assertThat(RuntimeEvents.duration("500ms")).isEqualTo(java.time.Duration.ofMillis(500));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuntimeEvents.duration("0s"))
        .hasMessageContaining("invalid --interval");
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
  void eventsStatsPrintsMemoryUsageAndPauseUpdateWorkFromTheCommandLine() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"), s -> s);
    String root = tmp.resolve("root").toString();
    assertThat(run("runtime", "--root", root, "create", "--bundle", bundle.toString(), "ev" + P).code()).isZero();
    try {
      assertThat(run("runtime", "--root", root, "start", "ev" + P).code()).isZero();
      Outcome update = run("runtime", "--root", root, "update", "--memory", "40m", "--pids-limit", "16", "ev" + P);
      assertThat(update.code()).as(update.err()).isZero();
      Outcome events = run("runtime", "--root", root, "events", "--stats", "ev" + P);
      assertThat(events.code()).as(events.err()).isZero();
      assertThat(events.out().trim().lines()).hasSize(1);
      com.fasterxml.jackson.databind.JsonNode e = SpecCodec.mapper().readTree(events.out());
      assertThat(e.path("type").asText()).isEqualTo("stats");
      assertThat(e.path("id").asText()).isEqualTo("ev" + P);
      assertThat(e.path("data").path("memory").path("usage").path("usage").asLong()).isPositive();
      assertThat(e.path("data").path("memory").path("usage").path("limit").asLong()).isEqualTo(40L << 20);
      assertThat(e.path("data").path("pids").path("limit").asLong()).isEqualTo(16);
      assertThat(run("runtime", "--root", root, "pause", "ev" + P).code()).isZero();
      assertThat(run("runtime", "--root", root, "state", "ev" + P).out()).contains("\"status\" : \"paused\"");
      assertThat(run("runtime", "--root", root, "resume", "ev" + P).code()).isZero();
      Outcome ps = run("runtime", "--root", root, "ps", "--format", "json", "ev" + P);
      assertThat(ps.out().trim()).matches("\\[\\d+\\]");
    } finally {
      assertThat(run("runtime", "--root", root, "delete", "--force", "ev" + P).code()).isZero();
    }
    assertThat(Path.of("/sys/fs/cgroup/memory/drydock/ev" + P)).doesNotExist();
  }

  @Test
  @KernelTest
  void runReturnsTheContainersExitCode() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c", "exit 3"), s -> s);
    Outcome o = run("runtime", "--root", tmp.resolve("root").toString(), "run", "--bundle", bundle.toString(), "three" + P);
    assertThat(o.code()).as(o.err()).isEqualTo(3);
    assertThat(tmp.resolve("root/three" + P)).doesNotExist();
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
        () -> run("runtime", "--root", root, "run", "-b", bundle.toString(), "term" + P));
    long deadline = System.currentTimeMillis() + 10_000;
    Outcome state;
    do {
      Thread.sleep(20);
      state = run("runtime", "--root", root, "state", "term" + P);
    } while (!state.out().contains("\"running\"") && System.currentTimeMillis() < deadline);
    assertThat(state.out()).contains("\"status\" : \"running\"", "\"id\" : \"term" + P + "\"", "\"ociVersion\"");
    assertThat(run("runtime", "--root", root, "list").out()).contains("term" + P, "running");
    assertThat(run("runtime", "--root", root, "kill", "term" + P, "TERM").code()).isZero();
    Outcome done = running.get(20, TimeUnit.SECONDS);
    assertThat(done.code()).as(done.err()).isEqualTo(143);
    assertThat(tmp.resolve("root/term" + P)).doesNotExist();
  }

  @Test
  @KernelTest
  void detachedCreateWritesThePidFileAndTheLifecycleContinuesFromOtherCommands() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "60"), s -> s);
    String root = tmp.resolve("root").toString();
    Path pidFile = tmp.resolve("init.pid");
    Outcome create = run("runtime", "--root", root, "create", "-b", bundle.toString(), "--pid-file", pidFile.toString(), "det" + P);
    assertThat(create.code()).as(create.err()).isZero();
    try {
      String state = run("runtime", "--root", root, "state", "det" + P).out();
      assertThat(state).contains("\"status\" : \"created\"", "\"pid\" : " + Files.readString(pidFile).trim());
      assertThat(run("runtime", "--root", root, "start", "det" + P).code()).isZero();
      assertThat(run("runtime", "--root", root, "state", "det" + P).out()).contains("\"running\"");
      assertThat(run("runtime", "--root", root, "ps", "--format", "json", "det" + P).out().trim())
          .isEqualTo("[" + Files.readString(pidFile).trim() + "]");
      assertThat(run("runtime", "--root", root, "kill", "det" + P, "9").code()).isZero();
      long deadline = System.currentTimeMillis() + 10_000;
      while (!run("runtime", "--root", root, "state", "det" + P).out().contains("\"stopped\"")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      Outcome killAgain = run("runtime", "--root", root, "kill", "det" + P);
      assertThat(killAgain.code()).isEqualTo(1);
      assertThat(killAgain.err()).contains("container not running");
    } finally {
      run("runtime", "--root", root, "delete", "--force", "det" + P);
    }
    assertThat(tmp.resolve("root/det" + P)).doesNotExist();
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
        "runtime", "--root", root.toString(), "run", "-b", bundle.toString(), "sig" + P)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      long deadline = System.currentTimeMillis() + 20_000;
      while (!run("runtime", "--root", root.toString(), "state", "sig" + P).out().contains("\"running\"")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      String state = run("runtime", "--root", root.toString(), "state", "sig" + P).out();
      assertThat(state).contains("\"running\"");
      int pid = io.drydock.runtime.spec.SpecCodec.mapper().readTree(state).get("pid").asInt();
      cli.destroy();
      assertThat(cli.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(cli.exitValue()).isEqualTo(143);
      assertThat(root.resolve("sig" + P)).doesNotExist();
      assertThat(Path.of("/proc/" + pid)).doesNotExist();
    } finally {
      cli.destroyForcibly();
      run("runtime", "--root", root.toString(), "delete", "--force", "sig" + P);
    }
  }

  private static Spec withTerminal(Spec s) {
    var p = s.process();
    var tty = new io.drydock.runtime.spec.Process(true, null, p.user(), p.args(), null, p.env(), p.cwd(), p.capabilities(),
        p.rlimits(), p.noNewPrivileges(), null, null, null, null);
    return new Spec(s.ociVersion(), tty, s.root(), s.hostname(), null, s.mounts(), null, null, s.linux(), null);
  }

  @Test
  void terminalFlagsAreCheckedLikeRuncsBeforeAnythingIsCreated() throws Exception {
    Files.writeString(tmp.resolve("config.json"), SpecCodec.write(withTerminal(io.drydock.runtime.spec.DefaultSpec.create(false, 0, 0))));
    String root = tmp.resolve("root").toString();
    Outcome create = run("runtime", "--root", root, "create", "-b", tmp.toString(), "t1");
    assertThat(create.code()).isEqualTo(1);
    assertThat(create.err()).contains("cannot allocate tty if drydock will detach without setting console socket");
    Outcome run = run("runtime", "--root", root, "run", "-b", tmp.toString(), "--console-socket", "/x.sock", "t1");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot use console socket if drydock will not detach or allocate tty");
    Outcome exec = run("runtime", "--root", root, "exec", "--detach", "--tty", "t1", "sh");
    assertThat(exec.err()).contains("cannot allocate tty if drydock will detach without setting console socket");
    assertThat(tmp.resolve("root/t1")).doesNotExist();
  }

  @Test
  @KernelTest
  void runWithATerminalRelaysItsOwnStdioToThePty() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sh"), RuntimeCommandTest::withTerminal);
    Path root = tmp.resolve("root");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.drydock.cli.Main",
        "runtime", "--root", root.toString(), "run", "-b", bundle.toString(), "ttyrun" + P)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      try (var in = cli.getOutputStream()) {
        in.write("echo on=$(busybox tty) sum=$((6*7)); exit 6\n".getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(out).contains("on=/dev/pts/0 sum=42");
      assertThat(cli.exitValue()).isEqualTo(6);
      assertThat(root.resolve("ttyrun" + P)).doesNotExist();
    } finally {
      cli.destroyForcibly();
      run("runtime", "--root", root.toString(), "delete", "--force", "ttyrun" + P);
    }
  }

  @Test
  @KernelTest
  void execWithATtyDetachedSendsItsMasterToTheConsoleSocketAndDetachWritesThePidFile() throws Exception {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "60"), s -> s);
    String root = tmp.resolve("root").toString();
    assertThat(run("runtime", "--root", root, "run", "-d", "-b", bundle.toString(), "ex" + P).code()).isZero();
    try (io.drydock.runtime.ConsoleReceiver console = io.drydock.runtime.ConsoleReceiver.start(tmp.resolve("c.sock"),
        ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.PIPE)) {
      Outcome exec = run("runtime", "--root", root, "exec", "-t", "-d", "--console-socket", console.socket().toString(),
          "ex" + P, "sh");
      assertThat(exec.code()).as(exec.err()).isZero();
      try (var in = console.process().getOutputStream()) {
        in.write("echo exec-on=$(busybox tty) init=$(cat /proc/1/comm); exit\n".getBytes(StandardCharsets.UTF_8));
      }
      assertThat(console.awaitEnd(java.time.Duration.ofSeconds(20))).isTrue();
      String out = new String(console.process().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(out).contains("exec-on=/dev/pts/0 init=sleep");
      Path pidFile = tmp.resolve("exec.pid");
      Outcome detached = run("runtime", "--root", root, "exec", "-d", "--pid-file", pidFile.toString(), "ex" + P, "sleep", "45");
      assertThat(detached.code()).as(detached.err()).isZero();
      String pid = Files.readString(pidFile).trim();
      assertThat(Files.readString(Path.of("/proc/" + pid + "/comm")).trim()).isEqualTo("sleep");
      assertThat(run("runtime", "--root", root, "ps", "--format", "json", "ex" + P).out()).contains(pid);
    } finally {
      run("runtime", "--root", root, "delete", "--force", "ex" + P);
    }
    assertThat(tmp.resolve("root/ex" + P)).doesNotExist();
  }
}
