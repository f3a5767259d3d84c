package io.drydock.engine.container.service;

import io.drydock.common.DaemonThreads;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerIndex;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.wiring.ContainerWiring;
import io.drydock.engine.container.wiring.WiringRequest;
import io.drydock.engine.container.wiring.WiringView;
import io.drydock.engine.network.ContainerLookup;
import io.drydock.engine.network.InterfaceCounters;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.image.ImageStore;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.engine.system.ResourceSupport;
import io.drydock.supervisor.snapshot.Snapshotter;
import io.drydock.supervisor.task.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container verbs the API's routes call, one method each; the heavier ones delegate to their
 * operation class. Without {@link Tasks} (a build whose supervisor cannot run tasks yet) the
 * verbs that need a task answer NotImplemented and everything else works.
 */
public final class ContainerService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerService.class);

  private final ServiceParts parts;
  private final CreateOperation creates;
  private final StartOperation starts;
  private final StopOperation stops;
  private final RemoveOperation removes;
  private final ExitHandler exits;
  private final ExecService execs;
  private final ContainerFilesystems filesystems;
  private final UpdateOperation updates;
  private final ListOperation lists;
  private final PruneOperation prunes;
  private final LogsOperation logs;
  private final AttachOperation attaches;
  private final HealthMonitor health;

  /**
   * @param wiring networks and volumes for the containers; empty: loopback-only containers, no mounts
   * @param cgroupParent the cgroup under which each container's cgroup is made (dockerd's {@code --cgroup-parent})
   * @param host the limits this host's kernel can enforce, as {@code docker info} reports them: a create keeps or
   *     discards what it asked for by them
   */
  public ContainerService(ContainerIndex index, Path dataRoot, ImageStore images, Snapshotter snapshotter, Optional<Tasks> tasks,
      EventBus events, ObjectRegistry registry, Clock clock, Optional<ContainerWiring> wiring, String cgroupParent, ResourceSupport host) {
    this.parts = new ServiceParts(index, new ContainerStore(dataRoot.resolve("containerdb")), tasks, snapshotter,
        new ContainerFiles(dataRoot.resolve("containers")), events, registry, clock,
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("drydock-restarts")));
    this.creates = new CreateOperation(index, parts.store, images, new LayerSnapshots(images, snapshotter), snapshotter, parts.files, clock, host);
    this.exits = new ExitHandler(parts);
    this.starts = new StartOperation(parts, exits);
    this.stops = new StopOperation(parts);
    this.removes = new RemoveOperation(parts);
    this.execs = new ExecService(parts);
    this.health = new HealthMonitor(parts, execs);
    parts.lifecycleHooks.add(execs::heard);
    this.filesystems = new ContainerFilesystems(parts, images);
    this.updates = new UpdateOperation(parts, host);
    this.lists = new ListOperation(parts, images, health::healthName);
    this.prunes = new PruneOperation(parts, lists, removes);
    this.logs = new LogsOperation(parts);
    this.attaches = new AttachOperation(parts, logs);
    PolicyRestarts restarts = new PolicyRestarts(parts, starts);
    exits.wire(this::autoRemove, restarts::respawn);
    parts.wiring = wiring;
    parts.cgroupParent = cgroupParent;
    creates.wiring = wiring;
    wiring.ifPresent(w -> w.useContainers(this::lookup));
    new Recovery(parts, exits, restarts).run();
    health.resumeRunning();
  }

  /**
   * The runtimes {@code /info} lists and the daemon's default, which runs every container: a create
   * that names another is refused ({@link RuntimeRule}). Before this is called, only {@code drydock}.
   */
  public void useRuntimes(java.util.List<String> known, String defaultName) {
    creates.runtimes = new RuntimeRule(known, defaultName);
  }

  /** The daemon's {@code --log-driver} and {@code --log-opt}: what a create without its own driver gets. Before this, json-file. */
  public void useLogDefault(io.drydock.engine.spec.LogSettings daemonDefault) {
    creates.logDefault = daemonDefault;
  }

  /** {@code HostConfig.Runtime} as inspect shows it: as sent, else the default once the container has started (as dockerd fills it in). */
  public String runtimeShown(StoredContainer c) {
    return creates.runtimes.shown(c.options().runtime(), c.record().state().startedAt() != null);
  }

  /** {@code State.Health}: empty for a container without a health check (or one that never ran). */
  public Optional<io.drydock.engine.container.health.Health> health(ContainerId id) {
    return health.health(id);
  }

  public ExecService execs() {
    return execs;
  }

  /** The file verbs: diff, export, cp (archive), commit. */
  public ContainerFilesystems filesystems() {
    return filesystems;
  }

  public boolean canRunTasks() {
    return parts.tasks.isPresent();
  }

  public StoredContainer create(CreateRequest request) {
    return create(request, WiringRequest.NONE);
  }

  /** Create with networks, ports and mounts ({@link WiringRequest}). */
  public StoredContainer create(CreateRequest request, WiringRequest wiring) {
    return createWithWarnings(request, wiring).container();
  }

  /** As {@link #create(CreateRequest, WiringRequest)}, with the warnings of dockerd's answer. */
  public Created createWithWarnings(CreateRequest request, WiringRequest wiring) {
    Created created = creates.create(request, wiring);
    StoredContainer c = created.container();
    parts.add(c);
    parts.event(c.record(), "create");
    return created;
  }

  public StoredContainer inspect(String ref) {
    return parts.get(ref);
  }

  /** The container's networks, ports and mounts for inspect and list; empty without wiring. */
  public Optional<WiringView> wiring(StoredContainer c) {
    return parts.wiring.flatMap(w -> w.view(c.record().id().value()));
  }

  private Optional<ContainerLookup.ContainerRef> lookup(String ref) {
    try {
      ContainerRecord r = parts.index.get(ref);
      return Optional.of(new ContainerLookup.ContainerRef(r.id().value(), r.name().startsWith("/") ? r.name().substring(1) : r.name(), r.config().env()));
    } catch (DrydockException.NotFound e) {
      return Optional.empty();
    }
  }

  /** What inspect names of the files {@code c}'s starts have made ({@link StartTraces}). */
  public StartTraces startTraces(StoredContainer c) {
    return StartTraces.of(parts.files, c);
  }

  /** {@code GET /containers/json}: newest first; stopped ones only with {@code all} (or an exited/status filter). */
  public List<StoredContainer> list(boolean all, int limit, Map<String, List<String>> filters) {
    return lists.list(all, limit, filters);
  }

  public void rename(String ref, String newName) {
    ContainerRecord old = parts.get(ref).record();
    synchronized (parts) {
      ContainerRecord renamed = parts.index.rename(ref, newName);
      StoredContainer c = parts.stored.get(renamed.id()).with(renamed);
      parts.store.put(c);
      parts.stored.put(renamed.id(), c);
      parts.event(renamed, "rename", Map.of("oldName", old.name()));
    }
  }

  /** Starts the container; a {@code --rm} container whose start failed is removed, as dockerd does. */
  public void start(String ref) {
    try {
      starts.start(ref);
    } catch (DrydockException.NotModified e) {
      throw e;
    } catch (RuntimeException e) {
      StoredContainer c = parts.stored.get(parts.index.get(ref).id());
      if (c != null && c.record().autoRemove() && !c.record().status().isRunning()) {
        autoRemove(c.record().id());
      }
      throw e;
    }
  }

  public void stop(String ref, Integer timeoutSeconds) {
    ContainerRecord r = parts.get(ref).record();
    stops.stop(ref, timeoutSeconds);
    parts.event(r, "stop");
  }

  /**
   * dockerd's words: a signal it cannot parse is {@code Invalid signal: X}, one it does not support
   * a 500 ({@link KillSignal}); every refusal after that is prefixed
   * {@code Cannot kill container: <ref>: } (its route wraps the backend's error).
   */
  public void kill(String ref, String signal) {
    long number = KillSignal.number(signal == null || signal.isEmpty() ? "SIGKILL" : signal);
    String prefix = "Cannot kill container: " + ref + ": ";
    try {
      parts.get(ref);
      stops.kill(ref, KillSignal.supported(number, prefix));
    } catch (DrydockException.NotFound e) {
      throw new DrydockException.NotFound(prefix + e.getMessage());
    } catch (DrydockException.Conflict e) {
      throw new DrydockException.Conflict(prefix + e.getMessage());
    }
  }

  public void restart(String ref, Integer timeoutSeconds) {
    StoredContainer c = parts.get(ref);
    c.record().state().check(ContainerAction.RESTART, c.record().id().value());
    if (c.record().status().isRunning()) {
      stops.stop(ref, timeoutSeconds);
      parts.event(c.record(), "stop");
    }
    starts.run(parts.get(c.record().id()), ContainerAction.START);
    parts.event(parts.get(c.record().id()).record(), "restart");
  }

  public void pause(String ref) {
    ContainerRecord r = parts.get(ref).record();
    r.state().check(ContainerAction.PAUSE, r.id().value());
    parts.tasks().pause(ServiceParts.taskId(r.id()));
    parts.event(parts.update(r.id(), x -> x.withState(x.state().paused(r.id().value()))).record(), "pause");
  }

  public void unpause(String ref) {
    ContainerRecord r = parts.get(ref).record();
    r.state().check(ContainerAction.UNPAUSE, r.id().value());
    parts.tasks().resume(ServiceParts.taskId(r.id()));
    parts.event(parts.update(r.id(), x -> x.withState(x.state().unpaused(r.id().value()))).record(), "unpause");
  }

  /** {@code docker update}: new limits (live when it runs) and restart policy; returns dockerd's warnings. */
  public List<String> update(String ref, io.drydock.engine.container.ResourceUpdate resources,
      Optional<io.drydock.engine.container.RestartPolicy.Asked> policy) {
    return updates.update(ref, resources, policy);
  }

  public void remove(String ref, boolean force) {
    removes.remove(ref, force);
  }

  /** {@code DELETE /containers/{id}?v=1}: also the container's anonymous volumes. */
  public void remove(String ref, boolean force, boolean removeVolumes) {
    removes.remove(ref, force, removeVolumes);
  }

  /** {@code POST /containers/prune}: removes every stopped container; returns their ids. */
  public List<String> prune(Map<String, List<String>> filters) {
    return prunes.prune(filters);
  }

  /** Registers a wait now (so a start right after cannot be missed) and returns its future. */
  public CompletableFuture<WaitResult> await(String ref, WaitCondition condition) {
    StoredContainer c = parts.get(ref);
    ContainerId id = c.record().id();
    synchronized (parts) {
      ContainerRecord r = parts.get(id).record();
      return switch (condition) {
        case NOT_RUNNING -> r.status().isRunning() || r.status() == ContainerStatus.REMOVING
            ? parts.waiters.nextExit(id)
            : CompletableFuture.completedFuture(new WaitResult(r.state().exitCode(), r.state().error()));
        case NEXT_EXIT -> parts.waiters.nextExit(id);
        case REMOVED -> parts.waiters.removal(id);
      };
    }
  }

  /**
   * The container a client may attach to: dockerd refuses a paused or restarting one before any
   * stream opens, naming it as the client did ({@code ref}).
   */
  public StoredContainer attachable(String ref) {
    StoredContainer c = parts.get(ref);
    c.record().state().check(ContainerAction.ATTACH, ref);
    return c;
  }

  /** Attaches a client; before the task exists the session waits for the start to connect it. */
  public AttachSession attach(String ref, boolean stdin, AttachSink sink) {
    return attaches.attach(ref, stdin, sink);
  }

  /**
   * Attach with {@code logs=1}: the json-file log written so far, then live output, as dockerd
   * does. The live session is registered now with its output held back; {@link
   * ReplayingAttach#replay} (called once the client's stream is ready) sends the log up to the
   * moment of registration and then lets the held output through, so no line is lost and only one
   * written in that same instant could be sent twice.
   */
  public ReplayingAttach attachWithLogs(String ref, boolean stdin, AttachSink sink) {
    return attaches.attachWithLogs(ref, stdin, sink);
  }

  /**
   * Refuses, before any answer is sent, the logs of a container whose driver keeps none to read
   * (501 "configured logging driver does not support reading", as dockerd).
   */
  public void checkLogsReadable(String ref) {
    LogsOperation.readableDriver(parts.get(ref));
  }

  /** Reads the container's log; following stops when the container stops or {@code gone} says so. */
  public void logs(String ref, LogsRequest request, Consumer<LogLine> sink, BooleanSupplier gone) {
    logs.logs(ref, request, sink, gone);
  }

  public void resize(String ref, int rows, int cols) {
    ContainerRecord r = parts.get(ref).record();
    if (!r.status().isRunning()) {
      throw new DrydockException.Conflict("Container " + r.id().value() + " is not running");
    }
    parts.tasks().resize(ServiceParts.taskId(r.id()), rows, cols);
    parts.event(r, "resize", Map.of("height", Integer.toString(rows), "width", Integer.toString(cols)));
  }

  /**
   * {@code docker top}: the host's ps with {@code psArgs} (default {@code -ef}), the container's
   * rows (its pids come from its cgroup). As in dockerd the arguments are checked first.
   */
  public ProcessList top(String ref, String psArgs) {
    PsOutput.arguments(psArgs);
    ContainerRecord r = parts.get(ref).record();
    if (!r.status().isRunning()) {
      throw new DrydockException.Conflict("Container " + r.id().value() + " is not running");
    }
    if (r.status() == ContainerStatus.RESTARTING) {
      throw new DrydockException.Conflict("Container " + r.id().value() + " is restarting, wait until the container is running");
    }
    ProcessList rows = HostPs.top(psArgs, parts.tasks().pids(ServiceParts.taskId(r.id())));
    parts.event(r, "top");
    return rows;
  }

  /** The container's usage now; empty when it does not run. */
  public Optional<ContainerUsage> stats(String ref) {
    ContainerRecord r = parts.get(ref).record();
    if (!r.status().isRunning()) {
      return Optional.empty();
    }
    return Optional.of(ContainerUsage.of(parts.tasks().stats(ServiceParts.taskId(r.id())), HostMemory.total()));
  }

  /**
   * The traffic of the container's own network interfaces by name, as dockerd reports it beside the
   * usage: only a container with a sandbox of its own (a bridge or user network) has any; {@code
   * none}, {@code host} and {@code container:} ones, and a container that does not run, have none.
   */
  public java.util.SortedMap<String, InterfaceCounters> networkUsage(String ref) {
    ContainerRecord r = parts.get(ref).record();
    boolean ownSandbox = parts.wiring.flatMap(w -> w.view(r.id().value())).flatMap(WiringView::sandboxKey).isPresent();
    if (!r.status().isRunning() || !ownSandbox || r.state().pid() <= 0) {
      return new java.util.TreeMap<>();
    }
    return InterfaceCounters.ofProcess(r.state().pid());
  }

  public Tasks tasks() {
    return parts.tasks();
  }

  private void autoRemove(ContainerId id) {
    try {
      removes.remove(id, false, true);
    } catch (DrydockException e) {
      LOG.warn("auto-remove of {} failed: {}", id, e.getMessage());
    }
  }

  @Override
  public void close() {
    parts.scheduler.shutdownNow();
    health.close();
    creates.close();
    exits.close();
    removes.close();
    parts.wiring.ifPresent(ContainerWiring::close);
  }
}
