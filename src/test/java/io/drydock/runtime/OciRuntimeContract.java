package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.spec.State;
import io.drydock.testing.Poll;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link OciRuntime} must do, run against drydock's own and against runc: the same
 * suite proves the runtime right and the tests themselves right.
 */
abstract class OciRuntimeContract {
  @TempDir Path tmp;
  private OciRuntime rt;
  private Path bundle;

  /** The runtime under test, keeping its state under {@code root}. */
  abstract OciRuntime runtime(Path root);

  @BeforeEach
  void setUp() throws Exception {
    rt = runtime(tmp.resolve("root"));
    bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("bundle")), List.of("sleep", "30"), UnaryOperator.identity());
  }

  @AfterEach
  void cleanUp() {
    for (State s : rt.list()) {
      rt.delete(RuntimeId.of(s.id()), true);
    }
    assertThat(rt.list()).isEmpty();
  }

  private RuntimeId created(String name) {
    RuntimeId id = RuntimeId.of(name + "-" + ProcessHandle.current().pid());
    rt.create(id, bundle, CreateOptions.defaults());
    return id;
  }

  @Test
  void aContainerGoesThroughCreatedRunningStoppedAndIsDeleted() {
    RuntimeId id = created("life");
    State created = rt.state(id);
    assertThat(created.status()).isEqualTo("created");
    assertThat(created.pid()).isPositive();
    assertThat(created.id()).isEqualTo(id.value());
    assertThat(Path.of(created.bundle())).isEqualTo(bundle.toAbsolutePath());
    rt.start(id);
    assertThat(rt.state(id).status()).isEqualTo("running");
    rt.kill(id, Signal.KILL, false);
    rt.awaitExit(id, Duration.ofSeconds(10));
    assertThat(rt.state(id).status()).isEqualTo("stopped");
    rt.delete(id, false);
    assertThatThrownBy(() -> rt.state(id)).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void aSecondCreateWithTheSameIdConflicts() {
    RuntimeId id = created("dup");
    assertThatThrownBy(() -> rt.create(id, bundle, CreateOptions.defaults())).isInstanceOf(DrydockException.Conflict.class);
    assertThat(rt.state(id).status()).isEqualTo("created");
  }

  @Test
  void wrongStateOperationsAreConflicts() {
    RuntimeId id = created("wrong");
    rt.start(id);
    assertThatThrownBy(() -> rt.start(id)).isInstanceOf(DrydockException.Conflict.class);
    assertThatThrownBy(() -> rt.delete(id, false)).isInstanceOf(DrydockException.Conflict.class);
    rt.kill(id, Signal.KILL, false);
    rt.awaitExit(id, Duration.ofSeconds(10));
    assertThatThrownBy(() -> rt.start(id)).isInstanceOf(DrydockException.Conflict.class);
    assertThatThrownBy(() -> rt.kill(id, Signal.TERM, false)).isInstanceOf(DrydockException.Conflict.class);
  }

  @Test
  void forceDeleteRemovesARunningContainer() throws Exception {
    RuntimeId id = created("force");
    rt.start(id);
    int pid = rt.state(id).pid();
    rt.delete(id, true);
    assertThatThrownBy(() -> rt.state(id)).isInstanceOf(DrydockException.NotFound.class);
    Poll.until(java.time.Duration.ofSeconds(5), () -> ProcStat.startTime(pid).isEmpty());
    assertThat(ProcStat.startTime(pid)).as("pid %d alive (not a zombie)", pid).isEmpty();
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThatThrownBy(() -> rt.state(RuntimeId.of("never-created"))).isInstanceOf(DrydockException.NotFound.class);
    assertThatThrownBy(() -> rt.kill(RuntimeId.of("never-created"), Signal.TERM, false))
        .isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void pauseResumeUpdateAndStatsActOnTheCgroup() {
    org.junit.jupiter.api.Assumptions.assumeTrue(rt instanceof CgroupControl, "this runtime offers no cgroup verbs");
    CgroupControl cg = (CgroupControl) rt;
    RuntimeId id = created("cg");
    rt.start(id);
    cg.pause(id);
    assertThat(rt.state(id).status()).isEqualTo("paused");
    assertThatThrownBy(() -> cg.pause(id)).isInstanceOf(DrydockException.Conflict.class);
    cg.resume(id);
    assertThat(rt.state(id).status()).isEqualTo("running");
    assertThatThrownBy(() -> cg.resume(id)).isInstanceOf(DrydockException.Conflict.class);
    cg.update(id, SpecEdits.memoryAndPids(48L << 20, 32L));
    io.drydock.runtime.cgroup.CgroupStats stats = cg.stats(id);
    assertThat(stats.memory().limit()).isEqualTo(48L << 20);
    assertThat(stats.memory().usage()).isPositive();
    assertThat(stats.pids().current()).isEqualTo(1);
    assertThat(stats.pids().limit()).isEqualTo(32);
    cg.pause(id);
    rt.delete(id, true);
    assertThatThrownBy(() -> rt.state(id)).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void aTerminalsMasterGoesToTheConsoleSocketAndDrivesTheShell() throws Exception {
    Path ttyBundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("tty-bundle")), List.of("sh"),
        s -> SpecEdits.withProcess(s, p -> new io.drydock.runtime.spec.Process(true,
            new io.drydock.runtime.spec.ConsoleSize(24, 100, null), p.user(), p.args(), null, p.env(), p.cwd(),
            p.capabilities(), p.rlimits(), p.noNewPrivileges(), null, null, null, null)));
    RuntimeId id = RuntimeId.of("tty-" + ProcessHandle.current().pid());
    try (ConsoleReceiver console = ConsoleReceiver.start(tmp.resolve("console.sock"), Redirect.PIPE, Redirect.PIPE)) {
      rt.create(id, ttyBundle, CreateOptions.defaults().withConsoleSocket(console.socket()));
      rt.start(id);
      try (var in = console.process().getOutputStream()) {
        in.write(("echo tty=$(busybox tty) in=$(readlink /proc/self/fd/0) size=$(busybox stty size | tr ' ' x);"
            + " [ -t 1 ] && echo stdout-is-a-tty; echo console=$(busybox stat -c %t:%T /dev/console); exit 3\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(console.awaitEnd(Duration.ofSeconds(20))).as("the relay ends with the container").isTrue();
      String out = new String(console.process().getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(out).contains("tty=/dev/pts/0", "in=/dev/pts/0", "size=24x100", "stdout-is-a-tty", "console=88:0");
      rt.awaitExit(id, Duration.ofSeconds(10));
      assertThat(rt.state(id).status()).isEqualTo("stopped");
    }
  }

  /**
   * The pty is made by the runtime as root; the process's user must own its slave (runc's
   * fixStdioPermissions), or a non-root process could not reopen its own terminal ({@code $(tty)}).
   */
  @Test
  void aTerminalOfANonRootProcessIsOwnedByItsUser() throws Exception {
    Path ttyBundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("tty-user-bundle")), List.of("sh"),
        s -> SpecEdits.withProcess(s, p -> new io.drydock.runtime.spec.Process(true, null,
            new io.drydock.runtime.spec.User(1000L, 1000L, null, null, null, null), p.args(), null, p.env(), p.cwd(),
            p.capabilities(), p.rlimits(), p.noNewPrivileges(), null, null, null, null)));
    RuntimeId id = RuntimeId.of("tty-user-" + ProcessHandle.current().pid());
    try (ConsoleReceiver console = ConsoleReceiver.start(tmp.resolve("console-user.sock"), Redirect.PIPE, Redirect.PIPE)) {
      rt.create(id, ttyBundle, CreateOptions.defaults().withConsoleSocket(console.socket()));
      rt.start(id);
      try (var in = console.process().getOutputStream()) {
        in.write("echo owner=$(busybox stat -c %u $(busybox tty)); echo re$((1+1)) >$(busybox tty) && echo wr$((2+3)); exit 0\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(console.awaitEnd(Duration.ofSeconds(20))).as("the relay ends with the container").isTrue();
      String out = new String(console.process().getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(out).as("the terminal echoes the line typed, not its results").contains("owner=1000", "re2", "wr5");
      rt.awaitExit(id, Duration.ofSeconds(10));
    }
  }

  @Test
  void listShowsTheContainers() {
    RuntimeId a = created("la");
    RuntimeId b = created("lb");
    assertThat(rt.list()).extracting(State::id).contains(a.value(), b.value());
  }
}
