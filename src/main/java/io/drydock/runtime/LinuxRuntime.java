package io.drydock.runtime;

import io.drydock.common.DaemonThreads;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.os.ProcessCalls;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupStats;
import io.drydock.runtime.plan.HostFacts;
import io.drydock.runtime.plan.LaunchPlan;
import io.drydock.runtime.plan.PlanCompiler;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * drydock's own OCI runtime, in-process: compile the plan in Java, run it through one helper
 * process, keep the state in {@code ROOT/ID}. A monitored create keeps the helper as the init's
 * parent so the exit status comes back here ({@link #awaitExit}). The verbs that grew their own
 * class live beside it: {@code ExecOperation}, {@code DeleteOperation} and, for pause, resume,
 * update, stats and pids, {@code CgroupOperations}.
 */
public final class LinuxRuntime implements OciRuntime, CgroupControl {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LinuxRuntime.class);
  private final StateStore store;
  private final Launcher launcher;
  private final HostFacts host;
  private final ContainerCgroups cgroups = new ContainerCgroups();
  private final PreparedCgroups prepared = new PreparedCgroups(cgroups, Launcher.starters());
  private final Map<RuntimeId, CompletableFuture<Launcher.Exit>> exits = new ConcurrentHashMap<>();
  /** One waiting thread per monitored container: blocking reads must not starve a shared pool. */
  private final java.util.concurrent.ExecutorService waiters = java.util.concurrent.Executors.newCachedThreadPool(DaemonThreads.named("drydock-runtime-exit"));
  private final CgroupOperations cgroupOperations;
  private final DeleteOperation deletes;

  public LinuxRuntime(Path root) {
    this(root, HelperBinary.locate(HelperBinary.HELPER));
  }

  public LinuxRuntime(Path root, Path helper) {
    this.store = new StateStore(root);
    this.launcher = new Launcher(helper);
    this.host = HostFactsReader.read();
    this.cgroupOperations = new CgroupOperations(store, cgroups, this::status);
    this.deletes = new DeleteOperation(store, cgroups, exits, this::status);
  }

  /**
   * A create of {@code id} will come once the caller has prepared its bundle, with config.json's
   * {@code linux} section as {@code linux}: the container's cgroup is made now, on another thread,
   * and the kernel's wait for the first migration into it starts as soon as it exists
   * ({@link PreparedCgroups}), so that both overlap the caller's preparation. The create takes the
   * cgroup over when its config asks for the same one. Closing the returned handle removes the
   * cgroup if no create took it; a config whose cgroup part is refused prepares nothing (the create
   * reports it).
   */
  public CreateAhead expectCreate(RuntimeId id, io.drydock.runtime.spec.Linux linux) {
    try {
      return prepared.prepare(id, ContainerCgroups.path(linux, id), PlanAttachments.cgroupResources(linux, new java.util.ArrayList<>()));
    } catch (DrydockException e) {
      return CreateAhead.NONE;
    }
  }

  PreparedCgroups preparedCgroups() {
    return prepared;
  }

  @Override
  public void create(RuntimeId id, Path bundle, CreateOptions options) {
    Path abs = bundle.toAbsolutePath().normalize();
    Spec spec = options.spec().orElseGet(() -> SpecCodec.read(abs.resolve("config.json")));
    PlanAttachments attachments = PlanAttachments.of(spec, id);
    if (spec.process() != null && Boolean.TRUE.equals(spec.process().terminal()) && options.consoleSocket().isEmpty()) {
      throw new DrydockException.InvalidArgument(
          "process.terminal is true: a console socket is needed to receive the pty master (--console-socket)");
    }
    store.reserve(id);
    Path dir = store.dir(id);
    Launcher.Launched launched = null;
    Launcher.Early early = null;
    CgroupManager cgroup = null;
    try {
      if (options.spawner().isEmpty()) {
        early = launcher.early(dir.resolve(StateStore.SOCKET), options.stdio());
      }
      // the plan is compiled while the cgroup is made: before taking an announced one (made on
      // another thread meanwhile), else after making it here, while the grace period of the
      // migration warm-up runs; a config the compiler refuses leaves nothing behind (the catch)
      boolean madeAhead = prepared.announced(id);
      LaunchPlan compiled = madeAhead ? compile(spec, abs, attachments) : null;
      cgroup = prepared.take(id, attachments.cgroupPath(), attachments.resources())
          .orElseGet(() -> cgroups.create(attachments.cgroupPath(), attachments.resources()));
      if (early != null) {
        early.warmCgroupMigration();
      } else {
        Launcher.warmCgroupMigrationInJvm();
      }
      if (compiled == null) {
        compiled = compile(spec, abs, attachments);
      }
      if (!attachments.resources().devices().isEmpty() && !cgroup.appliesDeviceRules()) {
        LOG.warn("{}: linux.resources.devices: device cgroup rules are not applied (no devices cgroup controller on this host)", id);
      }
      LaunchPlan plan = options.planAdjuster().apply(attachments.attach(compiled, cgroup.procsFiles()))
          .withLaunch(Optional.of(dir.resolve(StateStore.FIFO).toString()), options.monitor())
          .withConsoleSocket(options.consoleSocket().map(p -> p.toAbsolutePath().toString()))
          .withHooks(InitHooks.plan(spec.hooks(), new State(DefaultSpec.OCI_VERSION, id.value(), "creating", 0,
              abs.toString(), spec.annotations())));
      SavedState saved = new SavedState(DefaultSpec.OCI_VERSION, id.value(), "creating", 0, 0, abs.toString(),
          plan.filesystem().get().rootfs(), Instant.now().toString(), spec.annotations(),
          plan.namespaces().stream().map(n -> n.type().specName()).toList(), Launcher.describe(plan.steps()),
          spec.hooks(), attachments.cgroupPath());
      store.save(saved);
      java.util.function.IntConsumer hooks = initPid -> runtimeHooks(spec, saved, initPid);
      launched = early != null
          ? launcher.launch(plan, early, hooks)
          : launcher.launch(plan, dir.resolve(StateStore.SOCKET), options.stdio(), options.spawner(), hooks);
      int pid = launched.pid();
      SavedState created = saved.created(pid, ProcStat.startTime(pid).orElse(0));
      store.save(created);
      plan.warnings().forEach(w -> LOG.warn("{}: {}", id, w));
      attachments.warnings().forEach(w -> LOG.warn("{}: {}", id, w));
      if (options.pidFile().isPresent()) {
        writePidFile(options.pidFile().get(), pid);
      }
      if (options.monitor()) {
        Launcher.Launched l = launched;
        exits.put(id, CompletableFuture.supplyAsync(() -> Launcher.awaitExit(l), waiters));
      }
    } catch (RuntimeException e) {
      if (launched != null) {
        ProcessCalls.kill(launched.pid(), Signal.KILL.number());
        launched.session().close();
      } else if (early != null) {
        early.abandon();
      }
      if (cgroup != null) {
        destroyQuietly(cgroup, e);
      }
      store.remove(id);
      throw e;
    }
  }

  private LaunchPlan compile(Spec spec, Path bundle, PlanAttachments attachments) {
    return PlanCompiler.compile(spec, bundle, host, DiskFsView.INSTANCE, Optional.of(attachments.cgroupPath()));
  }

  /** prestart and createRuntime, while the init waits after its mounts, before pivot_root. */
  private static void runtimeHooks(Spec spec, SavedState saved, int pid) {
    if (spec.hooks() != null) {
      State creating = new State(saved.ociVersion(), saved.id(), "creating", pid, saved.bundle(), saved.annotations());
      HookRunner.run("prestart", spec.hooks().prestart(), creating);
      HookRunner.run("createRuntime", spec.hooks().createRuntime(), creating);
    }
  }

  private static void destroyQuietly(CgroupManager cgroup, RuntimeException failure) {
    try {
      ContainerCgroups.destroy(cgroup);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  static void writePidFile(Path file, int pid) {
    try {
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(tmp, Integer.toString(pid));
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new DrydockException.SystemError("write pid file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void start(RuntimeId id) {
    SavedState s = store.require(id);
    ContainerStatus status = status(s);
    if (!status.canStart()) {
      throw new DrydockException.Conflict(status.refusal("start"));
    }
    Path fifo = store.dir(id).resolve(StateStore.FIFO);
    byte[] report;
    try (var in = Files.newInputStream(fifo)) {
      report = in.readAllBytes();
      Files.deleteIfExists(fifo);
    } catch (IOException e) {
      throw new DrydockException.SystemError("open exec fifo " + fifo + ": " + e.getMessage(), e);
    }
    if (report.length >= HelperProtocol.REC_SIZE) {
      HelperRecord r = HelperRecord.parse(java.util.Arrays.copyOf(report, HelperProtocol.REC_SIZE));
      throw Launcher.failure(r, s.steps());
    }
    if (s.hooks() != null) {
      HookRunner.runAll("poststart", s.hooks().poststart(), toState(s)).forEach(f -> LOG.warn("{}: {}", id, f));
    }
  }

  @Override
  public State state(RuntimeId id) {
    return toState(store.require(id));
  }

  private State toState(SavedState s) {
    ContainerStatus status = status(s);
    Integer pid = status == ContainerStatus.STOPPED ? Integer.valueOf(0) : Integer.valueOf(s.pid());
    return new State(s.ociVersion(), s.id(), status.specName(), pid, s.bundle(), s.annotations());
  }

  ContainerStatus status(SavedState s) {
    if (s.phase().equals("creating")) {
      return ContainerStatus.CREATING;
    }
    if (!ProcStat.alive(s.pid(), s.pidStartTime())) {
      return ContainerStatus.STOPPED;
    }
    if (cgroups.frozen(s)) {
      return ContainerStatus.PAUSED;
    }
    return Files.exists(store.dir(RuntimeId.of(s.id())).resolve(StateStore.FIFO))
        ? ContainerStatus.CREATED : ContainerStatus.RUNNING;
  }

  @Override
  public void kill(RuntimeId id, Signal signal, boolean all) {
    SavedState s = store.require(id);
    ContainerStatus status = status(s);
    if (!status.canKill()) {
      throw new DrydockException.Conflict(status.refusal("kill"));
    }
    if (all) {
      Optional<CgroupManager> cgroup = cgroups.of(s).filter(CgroupManager::exists);
      if (cgroup.isPresent()) {
        cgroup.get().killAll(signal.number());
      } else {
        for (int pid : ContainerProcesses.of(s.pid())) {
          ProcessCalls.kill(pid, signal.number());
        }
      }
    }
    ProcessCalls.kill(s.pid(), signal.number());
  }

  @Override
  public void delete(RuntimeId id, boolean force) {
    deletes.delete(id, force);
  }

  @Override
  public List<State> list() {
    List<State> out = new ArrayList<>();
    for (RuntimeId id : store.ids()) {
      store.load(id).ifPresent(s -> out.add(toState(s)));
    }
    return out;
  }

  @Override
  public OptionalInt awaitExit(RuntimeId id, Duration timeout) {
    CompletableFuture<Launcher.Exit> exit = exits.get(id);
    if (exit == null) {
      StopWait.await(store.require(id), timeout);
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS).code());
    } catch (TimeoutException e) {
      throw new DrydockException.Unavailable("container " + id + " still running after " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    } catch (ExecutionException e) {
      throw new DrydockException.SystemError("wait for " + id + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Runs a process inside a running container and returns its exit code (runc exec). */
  public int exec(RuntimeId id, io.drydock.runtime.spec.Process process, HelperSession.Stdio stdio) {
    return exec(id, process, ExecOptions.of(stdio));
  }

  /**
   * As runc exec: the process's exit code, or 0 once it runs with {@code detach}; a terminal's
   * master goes to the options' console socket.
   */
  public int exec(RuntimeId id, io.drydock.runtime.spec.Process process, ExecOptions options) {
    return new ExecOperation(store, launcher, host).exec(id, process, options, this::status);
  }

  /**
   * Starts a process inside a running container with the helper started by {@code spawner} (under
   * an exec's shim, which adopts it): returns once it runs, with its pid; its exit is the shim's. A process with
   * {@code terminal} sends its pty's master to {@code consoleSocket}.
   */
  public int startExec(RuntimeId id, io.drydock.runtime.spec.Process process, HelperSpawner spawner,
      Optional<Path> consoleSocket) {
    return new ExecOperation(store, launcher, host).start(id, process, spawner, consoleSocket, this::status);
  }

  /** The pids of a container: its init first, then every other process in its pid namespace. */
  public List<Integer> pids(RuntimeId id) {
    return cgroupOperations.pids(id);
  }

  @Override
  public void pause(RuntimeId id) {
    cgroupOperations.pause(id);
  }

  @Override
  public void resume(RuntimeId id) {
    cgroupOperations.resume(id);
  }

  @Override
  public void update(RuntimeId id, io.drydock.runtime.spec.Resources resources) {
    cgroupOperations.update(id, resources);
  }

  @Override
  public CgroupStats stats(RuntimeId id) {
    return cgroupOperations.stats(id);
  }
}
