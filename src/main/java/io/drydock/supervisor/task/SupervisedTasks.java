package io.drydock.supervisor.task;

import io.drydock.common.DaemonThreads;
import io.drydock.common.DrydockException;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.OomWatch;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimLauncher;
import io.drydock.supervisor.shim.ShimSpec;
import io.drydock.supervisor.shim.TtySize;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link Tasks} over one OCI runtime placed under drydock's shim (spec/tasks.md). Each task has
 * {@code <root>/tasks/<id>/} holding the shim's files and {@code task.json}; the shim, not this
 * object, owns the container, so closing this object leaves every task running and a new instance
 * over the same root finds them again.
 */
public final class SupervisedTasks implements Tasks {
  private static final long FORCE_DELETE_WAIT_SECONDS = 10;
  /** How long an exited task's OOM listener may wait for the kernel's last word on its cgroup. */
  private static final java.time.Duration OOM_GRACE = java.time.Duration.ofMillis(500);
  /** How long an OOM listener started before start waits for the runtime to make the cgroup. */
  private static final java.time.Duration OOM_PATIENCE = java.time.Duration.ofSeconds(15);

  private final Path tasksDir;
  private final Path execsDir;
  private final ShimmedRuntime runtime;
  private final Map<String, LiveTask> tasks = new ConcurrentHashMap<>();
  private final TaskEventBus events = new TaskEventBus();
  /** OOM listeners of running tasks whose runtime removes the cgroup at the init's exit. */
  private final Map<String, OomWatch> oomWatches = new ConcurrentHashMap<>();
  private final TaskCgroups cgroups = new TaskCgroups();
  /** Wakes the watchers when a shim writes exit.json. */
  private final ExitFileEvents exitFiles = new ExitFileEvents();
  /** One waiting thread per live shim (bounded by the number of running tasks and execs). */
  private final ExecutorService watchers = Executors.newCachedThreadPool(DaemonThreads.named("drydock-task-watch"));

  SupervisedTasks(Path root, ShimmedRuntime runtime) {
    this.tasksDir = root.toAbsolutePath().resolve("tasks");
    this.execsDir = root.toAbsolutePath().resolve("execs");
    this.runtime = runtime;
    try {
      Files.createDirectories(tasksDir);
      Files.createDirectories(execsDir);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create task state directory " + tasksDir + ": " + e.getMessage(), e);
    }
    for (LiveTask t : TaskRecovery.recover(tasksDir)) {
      tasks.put(t.id, t);
      if (!t.exited.isDone()) {
        if (t.status() != TaskStatus.CREATED) {
          watchOom(t);
        }
        watch(t);
      }
    }
  }

  /** Tasks run by drydock's own runtime: its helper hands each init over to the shim (the init's reaper). */
  public static SupervisedTasks drydock(Path root, LinuxRuntime runtime) {
    return drydock(root, runtime, 0);
  }

  /**
   * As above, with {@code standbyShims} shims started ahead of their containers (in
   * {@code <root>/standby}), so a start binds one instead of starting one.
   */
  public static SupervisedTasks drydock(Path root, LinuxRuntime runtime, int standbyShims) {
    ShimLauncher shims = ShimLauncher.bundled();
    return new SupervisedTasks(root, new DrydockShimmedRuntime(runtime, standbyShims <= 0 ? shims
        : shims.withStandby(root.toAbsolutePath().resolve("standby"), TaskShims.ENV, standbyShims)));
  }

  /** Tasks run by a runc-compatible binary ({@code runc run} as each shim's child). */
  public static SupervisedTasks binary(Path root, Path binary, Path runtimeRoot) {
    return new SupervisedTasks(root, new RuncShimmedRuntime(binary, runtimeRoot, ShimLauncher.bundled()));
  }

  @Override
  public Ahead expectCreate(String id, io.drydock.runtime.spec.Linux linux) {
    return runtime.expectCreate(id, linux);
  }

  @Override
  public TaskInfo create(TaskSpec spec) {
    Path dir = tasksDir.resolve(spec.id());
    ShimSpec shim = TaskShims.of(spec, dir);
    if (spec.tty() && !runtime.supportsTty()) {
      throw new DrydockException.InvalidArgument("tty tasks are not supported with " + runtime.name()
          + " yet (it relays stdio through pipes in the foreground; a console socket is needed)");
    }
    if (tasks.containsKey(spec.id()) || Files.exists(dir)) {
      throw new DrydockException.Conflict("task " + spec.id() + " already exists");
    }
    Spec config = spec.config().orElseGet(() -> SpecCodec.read(spec.bundle().toAbsolutePath().resolve("config.json")));
    String cgroupsPath = config.linux() == null ? null : config.linux().cgroupsPath();
    TaskRecord record = new TaskRecord(spec.id(), spec.bundle().toAbsolutePath().toString(), spec.tty(), spec.openStdin(),
        spec.stdinOnce(), shim.log().discard() ? "" : shim.logFile().toString(), cgroupsPath, false, 0, null);
    reserve(spec.id(), dir);
    LiveTask task;
    try {
      if (!shim.log().discard()) {
        Files.createDirectories(shim.logFile().getParent());
      }
      record.save(dir);
      ShimHandle handle = runtime.create(spec.id(), spec.bundle(), config, shim);
      // kept in memory only: the start's save records the pid, and a created task that a new
      // daemon recovers has its pid in the runtime's state (read again at its start)
      record = record.created(runtime.createdPid(spec.id()));
      task = new LiveTask(dir, record, Optional.of(handle), TaskStatus.CREATED);
    } catch (IOException | RuntimeException e) {
      try {
        runtime.delete(spec.id());
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      TreeRemover.delete(dir);
      throw e instanceof IOException io ? new DrydockException.SystemError("create task " + spec.id() + ": " + io.getMessage(), io)
          : (RuntimeException) e;
    }
    tasks.put(spec.id(), task);
    events.publish(new TaskEvent(TaskEvent.Type.CREATE, spec.id(), Instant.now(), Optional.empty()));
    watch(task);
    return task.info();
  }

  /** Creating the directory reserves the id, so two concurrent creates cannot both proceed. */
  private static void reserve(String id, Path dir) {
    try {
      Files.createDirectory(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new DrydockException.Conflict("task " + id + " already exists");
    } catch (IOException e) {
      throw new DrydockException.SystemError("create task directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private void watch(LiveTask task) {
    ShimHandle shim = task.shim().orElseThrow();
    watchers.execute(() -> {
      Optional<TaskExit> awaited = ExitWatcher.awaitUnlessClosed(shim, runtime.observedExit(task.id), exitFiles);
      if (awaited.isEmpty()) {
        return;
      }
      TaskExit exit = awaited.get();
      synchronized (task) {
        if (!runtime.shimRecordsStatus() && runtime.observedExit(task.id).isPresent()) {
          task.update(task.record().withObservedExit(exit.exitCode()));
        }
        if (cgroups.oomKills(task.record().cgroup()) > 0 || oomSeenBy(oomWatches.remove(task.id), exit)) {
          exit = new TaskExit(exit.exitCode(), exit.signal(), exit.exitedAt(), true);
          events.publish(new TaskEvent(TaskEvent.Type.OOM, task.id, Instant.now(), Optional.empty()));
        }
        task.status(TaskStatus.STOPPED);
        events.publish(new TaskEvent(TaskEvent.Type.EXIT, task.id, Instant.now(), Optional.of(exit)));
        task.exited.complete(exit);
      }
    });
  }

  @Override
  public void start(String id) {
    LiveTask t = require(id);
    synchronized (t) {
      TaskOperation.START.check(id, t.status());
      watchOom(t);
      long pid;
      try {
        pid = runtime.start(id, t.shim().orElseThrow(), t.record().pid());
      } catch (RuntimeException e) {
        Optional.ofNullable(oomWatches.remove(id)).ifPresent(OomWatch::close);
        throw e;
      }
      t.update(t.record().started(pid));
      if (t.status() != TaskStatus.STOPPED) {
        t.status(TaskStatus.RUNNING);
      }
      events.publish(new TaskEvent(TaskEvent.Type.START, id, Instant.now(), Optional.empty()));
    }
  }

  @Override
  public void kill(String id, int signal, boolean all) {
    LiveTask t = require(id);
    TaskStatus status = t.status();
    TaskOperation.KILL.check(id, status);
    if (status == TaskStatus.CREATED && !runtime.containerExistsBeforeStart()) {
      t.shim().orElseThrow().client().kill(signal);
      return;
    }
    try {
      runtime.kill(id, signal, all);
    } catch (DrydockException.NotFound e) {
      if (status != TaskStatus.CREATED || t.shim().isEmpty()) {
        throw e;
      }
      // a create that its daemon did not live to finish: the runtime made nothing, the shim's command is still held
      t.shim().get().client().kill(signal);
    }
    if (status == TaskStatus.PAUSED && signal == 9) {
      cgroup(t).thaw();
    }
  }

  @Override
  public void update(String id, io.drydock.runtime.spec.Resources resources) {
    LiveTask t = require(id);
    synchronized (t) {
      if (t.status() == TaskStatus.STOPPED) {
        throw new DrydockException.Conflict("cannot update task " + id + ": it is stopped");
      }
      runtime.update(id, resources);
    }
  }

  @Override
  public CompletableFuture<TaskExit> exited(String id) {
    return require(id).exited;
  }

  @Override
  public void delete(String id, boolean force) {
    LiveTask t = require(id);
    if (force && t.status() != TaskStatus.STOPPED) {
      if (t.status() == TaskStatus.PAUSED) {
        cgroup(t).thaw();
      }
      try {
        kill(id, 9, true);
      } catch (DrydockException.Conflict e) {
        // it stopped meanwhile
      }
      try {
        t.exited.get(FORCE_DELETE_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new DrydockException.SystemError("task " + id + " did not exit within " + FORCE_DELETE_WAIT_SECONDS + "s of SIGKILL", e);
      }
    }
    TaskOperation.DELETE.check(id, t.status());
    runtime.delete(id);
    Optional.ofNullable(oomWatches.remove(id)).ifPresent(OomWatch::close);
    TreeRemover.delete(t.dir);
    tasks.remove(id);
    events.publish(new TaskEvent(TaskEvent.Type.DELETE, id, Instant.now(), t.exited.getNow(null) == null
        ? Optional.empty() : Optional.of(t.exited.join())));
  }

  @Override
  public void pause(String id) {
    LiveTask t = require(id);
    synchronized (t) {
      TaskOperation.PAUSE.check(id, t.status());
      cgroup(t).freeze();
      t.status(TaskStatus.PAUSED);
      events.publish(new TaskEvent(TaskEvent.Type.PAUSE, id, Instant.now(), Optional.empty()));
    }
  }

  @Override
  public void resume(String id) {
    LiveTask t = require(id);
    synchronized (t) {
      TaskOperation.RESUME.check(id, t.status());
      cgroup(t).thaw();
      t.status(TaskStatus.RUNNING);
      events.publish(new TaskEvent(TaskEvent.Type.RESUME, id, Instant.now(), Optional.empty()));
    }
  }

  @Override
  public TaskInfo info(String id) {
    return require(id).info();
  }

  @Override
  public List<TaskInfo> list() {
    return tasks.values().stream().map(LiveTask::info).sorted(Comparator.comparing(TaskInfo::id)).toList();
  }

  @Override
  public List<Long> pids(String id) {
    LiveTask t = require(id);
    if (t.status() == TaskStatus.STOPPED) {
      return List.of();
    }
    return cgroup(t).pids();
  }

  @Override
  public TaskStats stats(String id) {
    LiveTask t = require(id);
    if (t.status() == TaskStatus.STOPPED) {
      throw new DrydockException.Conflict("cannot read stats of task " + id + ": it is stopped");
    }
    return TaskStatsReader.of(cgroup(t).stats(), TaskStatsReader.readProcStat(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * Listens for OOMs in {@code t}'s cgroup when the runtime removes it as the init exits; called
   * before start, the listener registers as soon as the runtime has made the cgroup.
   */
  private void watchOom(LiveTask t) {
    if (!runtime.cgroupOutlivesInit()) {
      t.record().cgroup().flatMap(path -> OomWatch.start(path.startsWith("/") ? path.substring(1) : path, OOM_PATIENCE))
          .ifPresent(w -> oomWatches.put(t.id, w));
    }
  }

  private static boolean oomSeenBy(OomWatch watch, TaskExit exit) {
    boolean sigkill = exit.exitCode() == 128 + 9 || exit.signal().orElse(0) == 9;
    return watch != null && watch.oomKilled(OOM_GRACE, sigkill);
  }

  private CgroupManager cgroup(LiveTask t) {
    return cgroups.require(t.id, t.record().cgroup());
  }

  @Override
  public TaskAttachment attach(String id, Consumer<TaskOutput> output) {
    LiveTask t = require(id);
    if (t.status() == TaskStatus.STOPPED) {
      throw new DrydockException.Conflict("cannot attach to task " + id + ": it is stopped");
    }
    return ShimTaskAttachment.open(t.shim().orElseThrow(), t.record().openStdin(), t.exited, output);
  }

  @Override
  public void resize(String id, int rows, int cols) {
    LiveTask t = require(id);
    TaskOperation.RESIZE.check(id, t.status());
    if (!t.record().tty()) {
      throw new DrydockException.Conflict("cannot resize task " + id + ": it has no tty");
    }
    t.shim().orElseThrow().client().resize(new TtySize(rows, cols));
  }

  @Override
  public ExecProcess exec(String id, ExecSpec spec, Consumer<TaskOutput> output) {
    LiveTask t = require(id);
    TaskOperation.EXEC.check(id, t.status());
    return new TaskExecs(execsDir, runtime, watchers, events, exitFiles).start(t, spec, output);
  }

  @Override
  public AutoCloseable subscribe(Consumer<TaskEvent> listener) {
    return events.subscribe(listener);
  }

  private LiveTask require(String id) {
    LiveTask t = tasks.get(id);
    if (t == null) {
      throw new DrydockException.NotFound("no such task: " + id);
    }
    return t;
  }

  /** Stops watching; every task and its shim keep running. */
  @Override
  public void close() {
    runtime.close();
    oomWatches.values().forEach(OomWatch::close);
    oomWatches.clear();
    watchers.shutdownNow();
    exitFiles.close();
    events.close();
  }

  @Override
  public String runtimeName() {
    return runtime.name();
  }
}
