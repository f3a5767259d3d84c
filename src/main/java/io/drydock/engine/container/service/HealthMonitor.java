package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DaemonThreads;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.health.Health;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.container.health.ProbeResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the health checks of running containers: hears the container's {@code start} and
 * {@code die} events (through {@code ServiceParts.lifecycleHooks}), probes at each interval
 * through {@link HealthProbe}, and moves its
 * {@link Health} with each result ({@code health_status: X} events when the status changes). A
 * container without a check costs one map lookup per event: the timer thread is made with the
 * first container that has one. Health is kept in memory and in {@link HealthFile} when its status
 * changes; a stopped container keeps its last health, shown unhealthy as dockerd 20.10 does.
 */
final class HealthMonitor implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HealthMonitor.class);
  private final ServiceParts parts;
  private final ExecService execs;
  private final Map<ContainerId, Health> healths = new ConcurrentHashMap<>();
  private final Map<ContainerId, Run> runs = new ConcurrentHashMap<>();
  private final HealthFile file;
  private volatile ScheduledExecutorService timer;
  private volatile HealthProbe probe;

  private final java.util.function.BiConsumer<ContainerRecord, String> hook = this::heard;

  HealthMonitor(ServiceParts parts, ExecService execs) {
    this.parts = parts;
    this.execs = execs;
    this.file = new HealthFile(parts.files);
    parts.lifecycleHooks.add(hook);
  }

  /**
   * After a daemon restart: the last health kept of each container that has a check, and the
   * probes of the running ones start again (their status kept until the next result).
   */
  void resumeRunning() {
    for (StoredContainer c : parts.stored.values()) {
      ContainerId id = c.record().id();
      if (c.record().config().activeHealthcheck().isEmpty()) {
        continue;
      }
      file.read(id).ifPresent(h -> healths.put(id, h));
      if (c.record().status().isRunning()) {
        startRun(id, c);
      }
    }
  }

  /** {@code State.Health}: empty for a container without an active check. */
  Optional<Health> health(ContainerId id) {
    return Optional.ofNullable(healths.get(id));
  }

  /** The {@code health} filter's value: the status, or {@code none}. */
  String healthName(ContainerRecord r) {
    Health h = healths.get(r.id());
    return h == null ? "none" : h.status().dockerName();
  }

  /** Number of containers being probed; lets tests see that a stopped container's loop is gone. */
  int activeLoops() {
    return runs.size();
  }

  private void heard(ContainerRecord r, String action) {
    try {
      react(r, action);
    } catch (RuntimeException e) {
      // the hook runs inside start, stop and remove: a health failure must not fail them
      LOG.warn("health check of {} after {}: {}", r.id().value(), action, e.toString());
    }
  }

  private void react(ContainerRecord r, String action) {
    switch (action) {
      case "start" -> begin(r.id());
      case "die" -> end(r.id(), true);
      case "destroy" -> {
        end(r.id(), false);
        healths.remove(r.id());
      }
      default -> { }
    }
  }

  private synchronized void begin(ContainerId id) {
    StoredContainer c = parts.stored.get(id);
    // a task so short that its exit was handled before its start event was heard has nothing to probe
    if (c == null || !c.record().status().isRunning()) {
      return;
    }
    Optional<Healthcheck> check = c.record().config().activeHealthcheck();
    if (check.isEmpty()) {
      return;
    }
    healths.compute(id, (k, old) -> old == null ? Health.starting() : old.restarted());
    startRun(id, c);
  }

  private synchronized void startRun(ContainerId id, StoredContainer c) {
    healths.putIfAbsent(id, Health.starting());
    Run run = new Run(id, c.record().config().activeHealthcheck().orElseThrow(), c.record().state().startedAt());
    Run previous = runs.put(id, run);
    if (previous != null) {
      previous.cancel();
    }
    run.schedule();
  }

  private synchronized void end(ContainerId id, boolean keep) {
    Run run = runs.remove(id);
    if (run != null) {
      run.cancel();
    }
    if (keep) {
      Health stopped = healths.computeIfPresent(id, (k, h) -> h.stopped());
      if (stopped != null) {
        file.write(id, stopped);
      }
    }
  }

  private synchronized ScheduledExecutorService timer() {
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("drydock-health"));
      probe = new HealthProbe(execs, parts.clock, timer);
    }
    return timer;
  }

  @Override
  public void close() {
    parts.lifecycleHooks.remove(hook);
    runs.values().forEach(Run::cancel);
    runs.clear();
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** One run of one container: probe, wait the interval, probe again, until cancelled. */
  private final class Run {
    private final ContainerId id;
    private final Healthcheck check;
    private final java.time.Instant startedAt;
    private volatile boolean cancelled;
    private volatile ScheduledFuture<?> next;

    Run(ContainerId id, Healthcheck check, java.time.Instant startedAt) {
      this.id = id;
      this.check = check;
      this.startedAt = startedAt == null ? parts.clock.instant() : startedAt;
    }

    void schedule() {
      if (!cancelled) {
        next = timer().schedule(this::probeOnce, check.effectiveInterval().toNanos(), TimeUnit.NANOSECONDS);
      }
    }

    void cancel() {
      cancelled = true;
      ScheduledFuture<?> f = next;
      if (f != null) {
        f.cancel(false);
      }
    }

    private void probeOnce() {
      if (cancelled) {
        return;
      }
      probe.run(id.value(), check.probeCommand().orElseThrow(), check.effectiveTimeout()).thenAccept(this::record);
    }

    private void record(ProbeResult result) {
      Health before;
      Health after;
      // the die event's end() takes the same lock, so a late result cannot overwrite the stopped health;
      // the event is published outside it (the bus delivers on the publishing thread)
      synchronized (HealthMonitor.this) {
        before = healths.get(id);
        if (cancelled || before == null) {
          return;
        }
        after = before.after(result, startedAt, check.effectiveStartPeriod(), check.effectiveRetries());
        healths.put(id, after);
        if (after.status() != before.status()) {
          file.write(id, after);
        }
      }
      if (after.status() != before.status()) {
        StoredContainer c = parts.stored.get(id);
        if (c != null) {
          parts.event(c.record(), "health_status: " + after.status().dockerName());
        }
      }
      schedule();
    }
  }
}
