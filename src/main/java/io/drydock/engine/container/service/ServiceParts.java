package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerIndex;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.wiring.ContainerWiring;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.system.ContainerRunState;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.supervisor.snapshot.Snapshotter;
import io.drydock.supervisor.task.Tasks;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.UnaryOperator;

/**
 * What the container operations share: the index and its persisted twin, the supervisor's tasks,
 * the event bus, and the per-container run bookkeeping (the future that completes when a run's
 * exit was handled, attach sessions, stops asked by the user, scheduled restarts).
 */
final class ServiceParts {
  final ContainerIndex index;
  final ContainerStore store;
  final Map<ContainerId, StoredContainer> stored = new ConcurrentHashMap<>();
  final Optional<Tasks> tasks;
  final Snapshotter snapshotter;
  final ContainerFiles files;
  final EventBus events;
  final ObjectRegistry registry;
  final Clock clock;
  final Waiters waiters = new Waiters();
  final ScheduledExecutorService scheduler;
  /** Orders each container's start, exit handling and attach binding. */
  final StartLocks startLocks = new StartLocks();
  /** Per running container: completed once its exit is handled, task deleted and rootfs unmounted. */
  final Map<ContainerId, CompletableFuture<Void>> runEnded = new ConcurrentHashMap<>();
  final Map<ContainerId, List<AttachSession>> sessions = new ConcurrentHashMap<>();
  final Set<ContainerId> stoppedByUser = ConcurrentHashMap.newKeySet();
  final Map<ContainerId, ScheduledFuture<?>> restarts = new ConcurrentHashMap<>();
  /** Networks and volumes; empty for an engine built without them (containers get loopback only). */
  Optional<ContainerWiring> wiring = Optional.empty();
  /** The cgroup under which each container's cgroup is made (the daemon's {@code --cgroup-parent}). */
  String cgroupParent = io.drydock.engine.spec.SpecInput.DEFAULT_CGROUP_PARENT;
  /**
   * Hear every container event after it is published, on the publishing thread (the health
   * monitor starts and ends its probes here, the exec service forgets execs); not bus
   * subscribers, so {@code docker info}'s listener count stays the clients'.
   */
  final java.util.List<java.util.function.BiConsumer<ContainerRecord, String>> lifecycleHooks =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  ServiceParts(ContainerIndex index, ContainerStore store, Optional<Tasks> tasks, Snapshotter snapshotter, ContainerFiles files,
      EventBus events, ObjectRegistry registry, Clock clock, ScheduledExecutorService scheduler) {
    this.index = index;
    this.store = store;
    this.tasks = tasks;
    this.snapshotter = snapshotter;
    this.files = files;
    this.events = events;
    this.registry = registry;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /**
   * The supervisor's name for a container's task: the first 32 hex digits of its id (128 bits).
   * Shorter than the id because the runtime puts per-exec sockets under
   * {@code <root>/<task id>/exec-<pid>-<nanos>.sock}, and with a 64-digit id that path passes the
   * 107 bytes a unix socket path may have.
   */
  static String taskId(ContainerId id) {
    return id.value().substring(0, 32);
  }

  Tasks tasks() {
    return tasks.orElseThrow(() -> new DrydockException.NotImplemented(
        "running containers needs the supervisor's tasks, which this drydock build does not have yet"));
  }

  StoredContainer get(String ref) {
    ContainerRecord r = index.get(ref);
    return stored.get(r.id());
  }

  StoredContainer get(ContainerId id) {
    StoredContainer c = stored.get(id);
    if (c == null) {
      throw new DrydockException.NotFound("No such container: " + id.value());
    }
    return c;
  }

  /** Changes the record in the index and on disk, and tells the object registry its run state. */
  synchronized StoredContainer update(ContainerId id, UnaryOperator<ContainerRecord> change) {
    return change(id, change, store::put);
  }

  /**
   * Like {@link #update} but written without fsyncs ({@link ContainerStore#replace}): for a state
   * that must outlive the daemon's process but whose loss in a power cut loses nothing, the
   * removal's {@code removing} mark.
   */
  synchronized StoredContainer mark(ContainerId id, UnaryOperator<ContainerRecord> change) {
    return change(id, change, store::replace);
  }

  private StoredContainer change(ContainerId id, UnaryOperator<ContainerRecord> change, java.util.function.Consumer<StoredContainer> write) {
    ContainerRecord r = index.update(id, change);
    StoredContainer c = get(id).with(r);
    write.accept(c);
    stored.put(id, c);
    registry.containerState(id.value(), runState(r));
    return c;
  }

  void add(StoredContainer c) {
    stored.put(c.record().id(), c);
    registry.containerState(c.record().id().value(), runState(c.record()));
  }

  /** Forgets a container whose record file is already deleted: frees its name and id. */
  void forget(ContainerId id) {
    index.remove(id);
    stored.remove(id);
    registry.containerRemoved(id.value());
  }

  static ContainerRunState runState(ContainerRecord r) {
    return switch (r.status()) {
      case RUNNING, RESTARTING -> ContainerRunState.RUNNING;
      case PAUSED -> ContainerRunState.PAUSED;
      default -> ContainerRunState.STOPPED;
    };
  }

  List<AttachSession> sessions(ContainerId id) {
    return sessions.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
  }

  /** A container event with dockerd's attributes: the labels, {@code image}, {@code name}, and extras. */
  void event(ContainerRecord r, String action, Map<String, String> extra) {
    Map<String, String> attrs = new HashMap<>(r.config().labels());
    attrs.put("image", r.image());
    attrs.put("name", r.name().substring(1));
    attrs.putAll(extra);
    events.publish(EventType.CONTAINER, action, new Actor(r.id().value(), attrs));
    lifecycleHooks.forEach(h -> h.accept(r, action));
  }

  void event(ContainerRecord r, String action) {
    event(r, action, Map.of());
  }

  /**
   * Waits (bounded) until the exit of the container's last run is fully handled. Waiters hear of
   * an exit as soon as it is persisted, before the task's cleanup; whatever touches the rootfs or
   * the container's files after that (removal, {@code cp}, export) waits for the cleanup here.
   */
  boolean awaitExitHandled(ContainerId id) {
    CompletableFuture<Void> ended = runEnded.get(id);
    if (ended == null || stored.get(id) != null && stored.get(id).record().status().isRunning()) {
      return true;
    }
    return StopOperation.await(ended, StopOperation.KILL_WAIT);
  }
}
