package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code stop} and {@code kill}: stop sends the container's stop signal, waits up to the timeout
 * for the exit to be handled, then SIGKILLs every process of the container; kill sends one
 * signal. A restarting container has no task: both cancel the scheduled restart instead.
 */
final class StopOperation {
  static final Duration KILL_WAIT = Duration.ofSeconds(30);

  private final ServiceParts parts;

  StopOperation(ServiceParts parts) {
    this.parts = parts;
  }

  /** @param timeoutSeconds the {@code t} parameter, or null for the container's StopTimeout. */
  void stop(String ref, Integer timeoutSeconds) {
    StoredContainer c = parts.get(ref);
    ContainerRecord r = c.record();
    ContainerId id = r.id();
    r.state().check(ContainerAction.STOP, id.value());
    parts.stoppedByUser.add(id);
    if (cancelRestart(id, ContainerAction.STOP)) {
      return;
    }
    int timeout = timeoutSeconds != null ? timeoutSeconds : r.config().effectiveStopTimeout();
    Signal signal = Signal.parse(r.config().effectiveStopSignal());
    CompletableFuture<Void> ended = parts.runEnded.getOrDefault(id, CompletableFuture.completedFuture(null));
    if (r.status() == ContainerStatus.PAUSED) {
      StartOperation.quietly(() -> parts.tasks().resume(ServiceParts.taskId(id)));
    }
    // as dockerd, each signal of a stop is a "kill" event (logged before it is sent, so before the die)
    parts.event(r, "kill", Map.of("signal", Integer.toString(signal.number())));
    StartOperation.quietly(() -> parts.tasks().kill(ServiceParts.taskId(id), signal.number(), false));
    if (!(timeout < 0 ? await(ended, null) : await(ended, Duration.ofSeconds(timeout)))) {
      parts.event(r, "kill", Map.of("signal", Integer.toString(Signal.KILL.number())));
      parts.tasks().kill(ServiceParts.taskId(id), Signal.KILL.number(), true);
      if (!await(ended, KILL_WAIT)) {
        throw new DrydockException.SystemError("container " + id.value() + " did not exit within " + KILL_WAIT.toSeconds() + "s of SIGKILL");
      }
    }
    // An exit handled while this stop was on its way (the container already restarting, its
    // respawn not yet scheduled when cancelRestart looked) has scheduled its restart by the time
    // the run ended: the user's stop cancels it.
    cancelRestart(id, ContainerAction.STOP);
  }

  void kill(String ref, Signal signal) {
    StoredContainer c = parts.get(ref);
    ContainerRecord r = c.record();
    ContainerId id = r.id();
    r.state().check(ContainerAction.KILL, id.value());
    if (signal.equals(Signal.KILL)) {
      parts.stoppedByUser.add(id);
    }
    if (cancelRestart(id, ContainerAction.KILL)) {
      return;
    }
    parts.tasks().kill(ServiceParts.taskId(id), signal.number(), false);
    parts.event(r, "kill", Map.of("signal", Integer.toString(signal.number())));
  }

  /** A restarting container: cancel its pending respawn and record it exited. */
  private boolean cancelRestart(ContainerId id, ContainerAction via) {
    ScheduledFuture<?> pending = parts.restarts.remove(id);
    if (pending == null) {
      return false;
    }
    pending.cancel(false);
    parts.update(id, x -> x.withState(x.state().exited(via, x.state().exitCode(), false, parts.clock.instant(), id.value())));
    return true;
  }

  /** Waits for {@code f}; null timeout waits for ever. True when it completed. */
  static boolean await(CompletableFuture<Void> f, Duration timeout) {
    try {
      if (timeout == null) {
        f.get();
      } else {
        f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
