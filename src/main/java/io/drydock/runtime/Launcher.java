package io.drydock.runtime;

import io.drydock.common.DaemonThreads;
import io.drydock.common.DrydockException;
import io.drydock.runtime.plan.LaunchPlan;
import io.drydock.runtime.plan.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * Runs one plan through the helper and follows its records: {@code PID}, then {@code READY}
 * (created, waiting for start) or, for an exec, {@code RUNNING} (its process exec'd), or a
 * failure, then — when monitored — {@code EXIT}. A failure
 * becomes an error naming the step and the errno, e.g. {@code mount proc on /proc: Operation not
 * permitted}.
 */
final class Launcher {
  private final Path helper;

  Launcher(Path helper) {
    this.helper = helper;
  }

  /** A launched process: its pid and the session that will report its exit when monitored. */
  record Launched(int pid, HelperSession session, List<String> steps) {}

  static List<String> describe(List<Step> steps) {
    return steps.stream().map(StepDescriptions::describe).toList();
  }

  /** Launches and returns once the init waits for start (or, without an exec fifo, once it runs). */
  Launched launch(LaunchPlan plan, Path socket, HelperSession.Stdio stdio) {
    return launch(plan, socket, stdio, Optional.empty(), pid -> { });
  }

  /**
   * As above; with a spawner, the helper is started by it (under a shim) and {@code stdio} is unused.
   * The spawner, too, gets the JVM's sealed copy ({@code /proc/<jvm>/fd/N}): the shim executes it
   * right away, while this JVM waits for the helper to connect, and the helper (or, for an exec, the
   * process it monitors) keeps its own mapping of the copy after that; the path is never recorded.
   * {@code atHooks} runs with the init's pid while the init waits at its hook point (the prestart and
   * createRuntime hooks); when it throws, the init is killed before it runs anything of the user's.
   */
  Launched launch(LaunchPlan plan, Path socket, HelperSession.Stdio stdio, Optional<HelperSpawner> spawner,
      IntConsumer atHooks) {
    List<Step> steps = plan.steps();
    byte[] message = HelperMessage.encode(steps);
    Path exe = HelperImage.executable(helper);
    HelperSession session = spawner.isPresent()
        ? HelperSession.launch(exe, socket, message, spawner.get())
        : HelperSession.launch(exe, socket, message, stdio);
    return follow(plan, session, atHooks);
  }

  /**
   * Starts the helper on another thread before the plan is known, so that the process start (a few
   * milliseconds of fork, jspawnhelper and exec) overlaps the caller's cgroup and state work. The
   * caller must end it with {@link #launch(LaunchPlan, Early, IntConsumer)} or {@link Early#abandon}.
   */
  Early early(Path socket, HelperSession.Stdio stdio) {
    HelperSession.checkStdio(stdio);
    Path exe = HelperImage.executable(helper);
    return new Early(CompletableFuture.supplyAsync(() -> HelperSession.start(exe, socket, stdio), STARTERS));
  }

  /**
   * For a helper started by a spawner (not known yet): a thread of this JVM rewrites itself into
   * its own cgroup to start the grace period ({@link CgroupMigrationWarmup}); call only once the
   * container's cgroups exist.
   */
  static void warmCgroupMigrationInJvm() {
    STARTERS.execute(CgroupMigrationWarmup::rewriteOwnThreadInPlace);
  }

  /** The threads that start helpers and warm-ups, for other work off a launch's path. */
  static java.util.concurrent.Executor starters() {
    return STARTERS;
  }

  private static final java.util.concurrent.Executor STARTERS = java.util.concurrent.Executors.newCachedThreadPool(DaemonThreads.named("drydock-helper-start"));

  /** A helper being started ahead of its plan. */
  static final class Early {
    private final CompletableFuture<HelperSession.Started> started;

    private Early(CompletableFuture<HelperSession.Started> started) {
      this.started = started;
    }

    HelperSession.Started join() {
      return io.drydock.common.Futures.join(started);
    }

    /**
     * Once the helper runs, rewrites it into its own cgroup on another thread, to start the kernel's
     * grace period for cgroup migrations early ({@link CgroupMigrationWarmup}); call only once the
     * container's cgroups exist.
     */
    void warmCgroupMigration() {
      started.thenAcceptAsync(s -> CgroupMigrationWarmup.rewriteInPlace(s.pid()), STARTERS);
    }

    /** The plan will not come: the helper, once started, is killed and reaped. */
    void abandon() {
      try {
        join().abandon();
      } catch (RuntimeException e) {
        // it never started: nothing to end
      }
    }
  }

  /** As {@link #launch(LaunchPlan, Path, HelperSession.Stdio)} with a helper started by {@link #early}. */
  Launched launch(LaunchPlan plan, Early early, IntConsumer atHooks) {
    byte[] message = HelperMessage.encode(plan.steps());
    HelperSession.Started started = early.join();
    HelperSession session;
    try {
      session = started.send(message);
    } catch (RuntimeException e) {
      started.abandon();
      throw e;
    }
    return follow(plan, session, atHooks);
  }

  private static Launched follow(LaunchPlan plan, HelperSession session, IntConsumer atHooks) {
    List<String> descriptions = describe(plan.steps());
    try {
      int pid = expect(session, HelperProtocol.REC_PID, descriptions).a();
      if (plan.hooks().sync()) {
        expect(session, HelperProtocol.REC_HOOKS, descriptions);
        atHooks.accept(pid);
        session.proceed();
      }
      if (plan.execFifo().isPresent()) {
        expect(session, HelperProtocol.REC_READY, descriptions);
      } else {
        // an exec: back once its process runs, or thrown why it never did (its execve's errno), as runc exec
        expect(session, HelperProtocol.REC_RUNNING, descriptions);
      }
      if (!plan.monitor()) {
        session.waitForExit();
        session.close();
      }
      return new Launched(pid, session, descriptions);
    } catch (RuntimeException e) {
      session.close();
      session.waitForExit();
      throw e;
    }
  }

  /** Reads records until {@code kind}; a failure record is thrown as an error. */
  static HelperRecord expect(HelperSession session, int kind, List<String> descriptions) {
    Optional<HelperRecord> r = session.next();
    if (r.isEmpty()) {
      throw new DrydockException.SystemError("the helper ended without reporting (exit status " + session.waitForExit() + ")");
    }
    if (r.get().isFailure()) {
      throw failure(r.get(), descriptions);
    }
    if (r.get().kind() != kind) {
      throw new DrydockException.SystemError("the helper sent record kind " + r.get().kind() + ", expected " + kind);
    }
    return r.get();
  }

  static DrydockException failure(HelperRecord r, List<String> descriptions) {
    return new DrydockException.SystemError(StepDescriptions.render(r, descriptions));
  }

  /** How a monitored process ended: its exit code, and the step failure if it never got to run. */
  record Exit(int code, Optional<DrydockException> failure) {}

  /**
   * Waits for the EXIT record of a monitored launch. The helper ends right after sending it; its
   * reaping is left to the JDK (which reaps every process it started) rather than waited for here:
   * the exit code is the record's, and waiting would add the helper's exit and the JDK's reaper
   * thread to every cycle's path from the container's exit to its delete.
   */
  static Exit awaitExit(Launched l) {
    Optional<DrydockException> failure = Optional.empty();
    try {
      while (true) {
        Optional<HelperRecord> r = l.session().next();
        if (r.isEmpty()) {
          int status = l.session().waitForExit();
          return new Exit(status, Optional.of(failure.orElse(
              new DrydockException.SystemError("the helper ended without an exit status"))));
        }
        if (r.get().isFailure()) {
          failure = Optional.of(failure(r.get(), l.steps()));
        } else if (r.get().kind() == HelperProtocol.REC_EXIT) {
          return new Exit(r.get().exitCode(), failure);
        }
      }
    } finally {
      l.session().close();
    }
  }
}
