package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.ExitStatus;
import io.drydock.supervisor.shim.ShimHandle;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a shim's exit.json and turns it into a {@link TaskExit}. Between looks it waits on
 * the runtime's own report of the exit where there is one, or else on the file event of exit.json's
 * rename ({@link ExitFileEvents}), and looks again at once when either comes.
 * The poll interval (the fallback when no event comes) doubles
 * from 1 ms up to 20 ms during a task's first two seconds (short tasks are waited for closely)
 * and up to 100 ms after that (a thousand idle tasks cost ten thousand stat calls a second, not
 * fifty). Once exit.json exists the log is complete (spec/shim.md), so {@code exited} never
 * completes early.
 */
final class ExitWatcher {
  private static final long EARLY_MAX_BACKOFF_MS = 20;
  private static final long LATE_MAX_BACKOFF_MS = 100;
  private static final long EARLY_NANOS = 2_000_000_000L;
  private static final long OBSERVED_EXIT_GRACE_SECONDS = 5;

  private ExitWatcher() {}

  /** Blocks until the shim recorded the exit, or the shim died without recording one (255). */
  static TaskExit await(ShimHandle shim, Optional<CompletableFuture<Integer>> observed, ExitFileEvents.Wakeup wakeup) {
    long backoff = 1;
    long started = System.nanoTime();
    boolean reported = observed.isEmpty();
    while (true) {
      Optional<ExitStatus> s = shim.exitStatus();
      if (s.isPresent()) {
        return combine(s.get(), observed);
      }
      if (!ProcessHandle.of(shim.shimPid()).map(ProcessHandle::isAlive).orElse(false)) {
        s = shim.exitStatus();
        return s.isPresent() ? combine(s.get(), observed) : lost(Instant.now());
      }
      if (!reported) {
        reported = awaitReport(observed.get(), backoff);
        if (reported) {
          backoff = 1; // the shim records the exit right after the runtime saw it: look again closely
          continue;
        }
      } else if (wakeup.await(backoff)) {
        continue; // exit.json was just renamed into place
      }
      backoff = Math.min(System.nanoTime() - started < EARLY_NANOS ? EARLY_MAX_BACKOFF_MS : LATE_MAX_BACKOFF_MS, backoff * 2);
    }
  }

  /**
   * Sleeps up to {@code millis}, waking early when the runtime reports the exit (an in-process
   * runtime hears it from its helper at once), so the exit is not found a poll tick late.
   */
  private static boolean awaitReport(CompletableFuture<Integer> observed, long millis) {
    try {
      observed.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.drydock.common.DrydockException.SystemError("interrupted", e);
    }
  }

  /** As {@link #await}; empty when the supervisor closed (its watchers are interrupted) first. */
  static Optional<TaskExit> awaitUnlessClosed(ShimHandle shim, Optional<CompletableFuture<Integer>> observed,
      ExitFileEvents events) {
    try (ExitFileEvents.Wakeup wakeup = events.watch(shim.paths().stateDir())) {
      return Optional.of(await(shim, observed, wakeup));
    } catch (io.drydock.common.DrydockException.SystemError e) {
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static TaskExit combine(ExitStatus shim, Optional<CompletableFuture<Integer>> observed) {
    if (observed.isPresent()) {
      try {
        int code = observed.get().get(OBSERVED_EXIT_GRACE_SECONDS, TimeUnit.SECONDS);
        if (code >= 0) {
          return new TaskExit(code, OptionalInt.empty(), shim.exitedAt(), shim.oomKilled());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // the runtime did not report it: the shim's record is all there is
      }
    }
    return of(shim);
  }

  static TaskExit of(ExitStatus s) {
    return new TaskExit(s.exitCode(), s.signal() > 0 ? OptionalInt.of(s.signal()) : OptionalInt.empty(), s.exitedAt(),
        s.oomKilled());
  }

  /** containerd's answer for a task whose shim vanished without a status. */
  static TaskExit lost(Instant at) {
    return new TaskExit(255, OptionalInt.empty(), at, false);
  }
}
