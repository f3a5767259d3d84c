package io.drydock.engine.container.service;

import io.drydock.engine.container.health.ProbeOutput;
import io.drydock.engine.container.health.ProbeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one health probe as dockerd does: an exec in the container (so it logs {@code exec_create},
 * {@code exec_start} and {@code exec_die} like any exec), its output kept to
 * {@link ProbeOutput#LIMIT}; a probe still running at its timeout is killed and counts as failed
 * with exit code -1. The exec is forgotten once it ended, as dockerd unregisters its probes.
 */
final class HealthProbe {
  private final ExecService execs;
  private final Clock clock;
  private final ScheduledExecutorService timer;

  HealthProbe(ExecService execs, Clock clock, ScheduledExecutorService timer) {
    this.execs = execs;
    this.clock = clock;
    this.timer = timer;
  }

  /** Starts the probe; the future completes with its result (never exceptionally). */
  CompletableFuture<ProbeResult> run(String containerId, List<String> cmd, Duration timeout) {
    Instant start = clock.instant();
    CompletableFuture<ProbeResult> result = new CompletableFuture<>();
    ProbeOutput output = new ProbeOutput();
    String execId;
    try {
      execId = execs.create(containerId, new ExecRequest(cmd, List.of(), "", "", false, false, true, true, false, ""));
    } catch (RuntimeException e) {
      // dockerd logs a probe that could not run (e.g. the container is paused) as -1 with the error
      return CompletableFuture.completedFuture(new ProbeResult(start, clock.instant(), -1, e.getMessage()));
    }
    AttachSink sink = new AttachSink() {
      @Override
      public void output(StdStream stream, byte[] data) {
        output.write(data);
      }

      @Override
      public void ended() {
        int code = execs.inspect(execId).exitCode().orElse(-1);
        execs.forget(execId);
        result.complete(new ProbeResult(start, clock.instant(), code, output.toString()));
      }
    };
    try {
      execs.start(execId, sink);
    } catch (RuntimeException e) {
      execs.forget(execId);
      return CompletableFuture.completedFuture(new ProbeResult(start, clock.instant(), -1, e.getMessage()));
    }
    var expiry = timer.schedule(() -> {
      if (result.complete(ProbeResult.timedOut(start, clock.instant(), timeout))) {
        execs.killProbe(execId);
      }
    }, timeout.toNanos(), TimeUnit.NANOSECONDS);
    result.whenComplete((r, e) -> expiry.cancel(false));
    return result;
  }
}
