package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Standby shims (spec/shim.md, "Standby shims"): a launcher with standby shims binds one that runs
 * already instead of starting a new one, the bound shim behaves as any shim (report, log, exit,
 * recovery), and closing the launcher ends the unbound ones and leaves no socket behind.
 */
class ShimStandbyTest {
  @RegisterExtension
  final ShimFixture fx = ShimFixture.create();

  private static final Map<String, String> ENV = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");

  private ShimSpec echo(String id, String text) {
    return new ShimSpec(id, fx.root.resolve(id), List.of("/bin/echo", text), ENV, false, false, java.util.Optional.empty(),
        new LogOptions(0, 1), false, java.util.Optional.empty(), false);
  }

  private static List<Long> standbyPids(Path dir) throws IOException {
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      // forked by the factory (this JVM's child, argv "shim --factory DIR"), or started by a launcher
      // (this JVM's child, same argv, gone once the shim it forked reports)
      return all.filter(p -> p.info().arguments().map(a -> String.join(" ", a))
              .map(a -> a.contains("--factory " + dir) || a.contains("--standby " + dir)).orElse(false))
          .filter(p -> p.parent().map(parent -> parent.pid() != ProcessHandle.current().pid()).orElse(true))
          .map(ProcessHandle::pid).toList();
    }
  }

  /** The standby shims' pids once {@code count} of them are connected and ready to bind. */
  private static List<Long> awaitStandby(ShimLauncher launcher, Path dir, int count) throws Exception {
    long deadline = System.nanoTime() + ShimFixture.WAIT.toNanos();
    List<Long> pids = standbyPids(dir);
    while ((pids.size() < count || launcher.standbyReady() < count) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      pids = standbyPids(dir);
    }
    return pids;
  }

  /** Starts {@code echo text} under a shim of {@code launcher} and checks that it ran, logged and exited 0. */
  private ShimHandle echoed(ShimLauncher launcher, String id, String text) throws Exception {
    ShimHandle h = launcher.start(echo(id, text));
    fx.track(h);
    assertThat(ShimFixture.awaitExit(h, ShimFixture.WAIT).exitCode()).isZero();
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT)).isEqualTo(text + "\n");
    return h;
  }

  @Test
  void aStartBindsARunningStandbyShimWhichRunsTheCommandAndRecordsItsExit() throws Exception {
    Path dir = fx.root.resolve("standby");
    try (ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 1)) {
      List<Long> waiting = awaitStandby(launcher, dir, 1);
      assertThat(waiting).hasSize(1);

      ShimHandle h = echoed(launcher, "bound1", "hello from standby");

      assertThat(h.shimPid()).isEqualTo(waiting.get(0));
    }
  }

  /** The factory: this JVM's child, which forks the standby shims; closing the launcher ends it. */
  private static List<ProcessHandle> factories(Path dir) {
    return ProcessHandle.current().children()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("--factory " + dir)).orElse(false)).toList();
  }

  private static String sessionOf(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
  }

  /**
   * Standby shims are forked by one factory process, daemonized as the launcher daemonizes them: no
   * child of the factory or of this JVM, each in a session of its own. Closing the launcher ends the
   * factory too.
   */
  @Test
  void standbyShimsAreForkedByOneFactoryAndDaemonizedLikeLaunchedOnes() throws Exception {
    Path dir = fx.root.resolve("standby");
    ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 2);
    List<ProcessHandle> factory;
    try {
      List<Long> waiting = awaitStandby(launcher, dir, 2);
      factory = factories(dir);
      assertThat(factory).hasSize(1);
      long factoryPid = factory.get(0).pid();
      for (long pid : waiting) {
        long parent = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        assertThat(parent).as("parent of standby shim %d", pid).isNotIn(factoryPid, ProcessHandle.current().pid());
        assertThat(sessionOf(pid)).as("session of standby shim %d", pid)
            .isNotIn(sessionOf(factoryPid), sessionOf(ProcessHandle.current().pid()));
      }
      assertThat(sessionOf(waiting.get(0))).isNotEqualTo(sessionOf(waiting.get(1)));
    } finally {
      launcher.close();
    }
    ShimFixture.awaitGone(factory.get(0).pid(), ShimFixture.WAIT);
  }

  /** A factory that died is not relied on again: standby shims are then started one by one, by a launcher each. */
  @Test
  void whenTheFactoryDiedStandbyShimsAreStartedTheOrdinaryWay() throws Exception {
    Path dir = fx.root.resolve("standby");
    try (ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 1)) {
      List<Long> first = awaitStandby(launcher, dir, 1);
      List<ProcessHandle> factory = factories(dir);
      assertThat(factory).hasSize(1);
      factory.get(0).destroyForcibly();
      ShimFixture.awaitGone(factory.get(0).pid(), ShimFixture.WAIT);

      echoed(launcher, "nofactory1", "bound before the factory died");
      List<Long> next = awaitStandby(launcher, dir, 1);

      assertThat(next).hasSize(1).doesNotContainAnyElementsOf(first);
      assertThat(ProcessHandle.of(next.get(0)).flatMap(p -> p.info().arguments()).orElseThrow()).contains("--standby");
    }
  }

  @Test
  void aBoundStandbyShimIsRecognisedByRecoveryThroughItsWorkingDirectory() throws Exception {
    Path dir = fx.root.resolve("standby");
    try (ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 1)) {
      awaitStandby(launcher, dir, 1);
      ShimSpec sleeper = new ShimSpec("bound2", fx.root.resolve("bound2"), List.of("/bin/sleep", "30"), ENV, false, false,
          java.util.Optional.empty(), new LogOptions(0, 1), false, java.util.Optional.empty(), false);
      ShimHandle h = launcher.start(sleeper);
      fx.track(h);

      assertThat(ProcessHandle.of(h.shimPid()).flatMap(p -> p.info().arguments()).orElseThrow()).contains("--factory");
      assertThat(new ShimRecovery().inspect(h.paths())).isInstanceOf(RecoveredTask.Running.class);
      assertThat(ShimRecovery.isShimOf(h.shimPid(), new ShimPaths("other", fx.root))).isFalse();
    }
  }

  @Test
  void closingTheLauncherEndsTheUnboundStandbyShimsAndRemovesTheirSockets() throws Exception {
    Path dir = fx.root.resolve("standby");
    ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 2);
    List<Long> waiting;
    try {
      waiting = awaitStandby(launcher, dir, 2);
      assertThat(waiting).hasSize(2);
    } finally {
      launcher.close();
    }
    for (long pid : waiting) {
      ShimFixture.awaitGone(pid, ShimFixture.WAIT);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void aStandbyShimThatDiedIsReplacedByAShimStartedTheOrdinaryWay() throws Exception {
    Path dir = fx.root.resolve("standby");
    try (ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 1)) {
      List<Long> waiting = awaitStandby(launcher, dir, 1);
      ProcessHandle.of(waiting.get(0)).ifPresent(ProcessHandle::destroyForcibly);
      ShimFixture.awaitGone(waiting.get(0), ShimFixture.WAIT);

      ShimHandle h = echoed(launcher, "fresh1", "started anew");

      assertThat(h.shimPid()).isNotEqualTo(waiting.get(0));
    }
  }

  @Test
  void aBadBindingIsReportedAsTheShimsStepAndLeavesNoFiles() throws Exception {
    Path dir = fx.root.resolve("standby");
    try (ShimLauncher launcher = new ShimLauncher(fx.helper).withStandby(dir, ENV, 1)) {
      awaitStandby(launcher, dir, 1);
      ShimSpec missingDir = echo("nodir", "x");
      Path state = missingDir.stateDir();
      Files.createDirectories(state);
      Files.createDirectories(state.resolve("nodir-json.log")); // the log path is a directory: step "log"

      assertThatThrownBy(() -> launcher.start(missingDir)).isInstanceOf(ShimStartException.class)
          .satisfies(e -> assertThat(((ShimStartException) e).failure().step()).isEqualTo("log"));
      try (Stream<Path> left = Files.list(state)) {
        assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("nodir-json.log");
      }
    }
  }
}
