package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.wiring.Wired;
import io.drydock.engine.spec.DeviceNumber;
import io.drydock.engine.spec.HostDevice;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.LogRotation;
import io.drydock.engine.spec.NamespaceJoins;
import io.drydock.engine.spec.OciSpecBuilder;
import io.drydock.engine.spec.ResolvedUser;
import io.drydock.engine.spec.SpecInput;
import io.drydock.engine.spec.TmpfsOptions;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.store.AtomicFiles;
import io.drydock.supervisor.task.TaskLog;
import io.drydock.supervisor.task.TaskSpec;
import io.drydock.supervisor.task.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a container's task: mounts its snapshot as the bundle's rootfs, writes the OCI config,
 * creates the task, connects waiting attach sessions, lets the process run, and hands the task's
 * exit to the {@link ExitHandler}. What needs nothing made — the log driver's options ({@link LogRotation}), the block devices of the block I/O
 * settings ({@link BlockDeviceLookup}), the host devices, the namespace modes
 * and the containers whose namespaces it joins ({@link NamespaceDonors}) — is checked first, so
 * that such a refusal leaves nothing behind. A failure on the way undoes the task and the mount and records
 * the error and dockerd's exit code (127 command not found, 126 not executable, else 128).
 */
final class StartOperation {
  private static final Logger LOG = LoggerFactory.getLogger(StartOperation.class);

  private final ServiceParts parts;
  private final ExitHandler exits;

  StartOperation(ServiceParts parts, ExitHandler exits) {
    this.parts = parts;
    this.exits = exits;
  }

  void start(String ref) {
    StoredContainer c = parts.get(ref);
    c.record().state().check(ContainerAction.START, c.record().id().value());
    run(c, ContainerAction.START);
  }

  /** Starts a task for {@code c}: by {@code START}, {@code RESTART} or the restart manager's {@code RESPAWN}. */
  void run(StoredContainer c, ContainerAction via) {
    synchronized (parts.startLocks.of(c.record().id())) {
      runLocked(c, via);
    }
  }

  private void runLocked(StoredContainer c, ContainerAction via) {
    Tasks tasks = parts.tasks();
    ContainerRecord r = c.record();
    ContainerId id = r.id();
    Path rootfs = parts.files.rootfs(id);
    boolean mounted = false;
    boolean created = false;
    boolean wiredUp = false;
    String parent = c.host().cgroupParentOr(parts.cgroupParent);
    Map<String, DeviceNumber> blockDevices = beforeAnything(c, () -> BlockDeviceLookup.resolve(r.resources().tuning().blockIo()));
    List<HostDevice> devices = beforeAnything(c, () -> devices(c));
    NamespaceJoins joins = beforeAnything(c, () -> joins(c));
    beforeAnything(c, () -> checkOptions(c));
    LogRotation rotation = beforeAnything(c, () -> LogRotation.of(c.host().log()));
    boolean ownShm = c.host().namespaces().shareableIpc();
    Tasks.Ahead ahead = tasks.expectCreate(ServiceParts.taskId(id), OciSpecBuilder.cgroupPart(r, c.host(), parent, devices, blockDevices));
    try {
      if (ownShm) {
        ShareableShm.mount(parts.files.shm(id), c.host().shmSizeBytes());
      }
      Mounts.mount(parts.snapshotter.mounts(id.value()), rootfs);
      mounted = true;
      WorkingDirectory.create(rootfs, r.config().workingDir());
      InitLayerFiles.ensure(rootfs);
      ResolvedUser user = UserLookup.resolve(r.config().user(), c.host().groupAdd(), rootfs);
      Wired wired = parts.wiring.map(w -> w.start(id.value(), r.hostname(), rootfs)).orElse(Wired.NONE);
      wiredUp = true;
      VolumeMountEvents.mounted(parts.events, id, parts.wiring.flatMap(w -> w.view(id.value())));
      Map<String, Path> etc = wired.etcFiles();
      if (etc.isEmpty()) { // no wiring, or host networking: the wiring wrote none of them
        writeEtcFiles(r);
        etc = etcFiles(c);
      }
      var spec = OciSpecBuilder.build(new SpecInput(r, c.host(), user, rootfs, etc, wired.netnsPath(), wired.mounts(), parts.files.initBinary(),
          parent, devices, joins, blockDevices, wired.linkEnv()));
      AtomicFiles.replace(parts.files.config(id), SpecCodec.write(spec).getBytes(StandardCharsets.UTF_8));
      parts.files.makeLogDirectory(id, c.host().log().kind());
      TaskLog log = parts.files.log(id, c.host().log().kind())
          .map(file -> new TaskLog(Optional.of(file), rotation.maxSize(), rotation.maxFiles(), rotation.compress())).orElse(TaskLog.none());
      try {
        tasks.create(new TaskSpec(ServiceParts.taskId(id), parts.files.dir(id), r.config().tty(), r.config().openStdin(), r.config().stdinOnce(),
            log).withConfig(spec));
      } catch (DrydockException.InvalidArgument | DrydockException.SystemError refused) {
        throw runtimeRefusal(tasks.runtimeName(), refused);
      }
      created = true;
      for (AttachSession s : parts.sessions(id)) {
        s.bind(tasks.attach(ServiceParts.taskId(id), o -> s.sink().output(StdStream.valueOf(o.stream().name()), o.data())));
      }
      CompletableFuture<Void> ended = new CompletableFuture<>();
      parts.runEnded.put(id, ended);
      parts.stoppedByUser.remove(id);
      try {
        tasks.start(ServiceParts.taskId(id)); // drydock's runtime checks the command here, where runc's create does
      } catch (DrydockException.InvalidArgument | DrydockException.SystemError refused) {
        throw runtimeRefusal(tasks.runtimeName(), refused);
      }
      long pid = tasks.info(ServiceParts.taskId(id)).pid();
      parts.wiring.ifPresent(w -> w.running(id.value(), pid));
      StoredContainer now = parts.update(id, x -> x.withState(x.state().started(via, Math.max(pid, 1), parts.clock.instant(), id.value())));
      parts.event(now.record(), "start");
      // on the exit handler's own thread even when the task has ended already (a short command):
      // the start's answer does not wait for the exit's record and cleanup
      tasks.exited(ServiceParts.taskId(id)).whenCompleteAsync((exit, error) -> exits.handle(id, exit, error), exits.threads);
    } catch (RuntimeException e) {
      LOG.debug("start of {} failed: {}", id, e.toString());
      if (created) {
        quietly(() -> tasks.delete(ServiceParts.taskId(id), true));
      }
      if (wiredUp) {
        VolumeMountEvents.unmounted(parts.events, id, parts.wiring.flatMap(w -> w.view(id.value())));
        parts.wiring.ifPresent(w -> quietly(() -> w.stop(id.value())));
      }
      if (mounted) {
        quietly(() -> Mounts.unmount(rootfs));
      }
      if (ownShm) {
        quietly(() -> ShareableShm.release(parts.files.shm(id)));
      }
      parts.runEnded.remove(id);
      String message = goErrno(e.getMessage() == null ? e.toString() : e.getMessage());
      quietly(() -> parts.update(id, x -> x.withState(x.state().startFailed(message, StartFailureKind.of(message).exitCode(), id.value()))));
      if (message.equals(e.getMessage()) && e instanceof DrydockException) {
        throw e;
      }
      throw new DrydockException.SystemError(message, e);
    } finally {
      ahead.close();
    }
  }

  /**
   * The runtime refused the container's config (a sysctl of a shared namespace, a limit above the
   * host's): as dockerd translates an OCI runtime's create failure, a server error (500), except
   * the failures it reads as the client's config ({@link StartFailureKind#clientsConfig}: a missing
   * file or executable, a denied permission, a file where a directory belongs), which are 400.
   * Its words come with dockerd's prefixes ({@link RuntimeFailureText}), naming {@code runtime}.
   */
  static DrydockException runtimeRefusal(String runtime, DrydockException refused) {
    String core = goErrno(refused.getMessage());
    boolean clients = StartFailureKind.of(core).clientsConfig();
    String message = RuntimeFailureText.create(runtime, core, clients);
    return clients
        ? new DrydockException.InvalidArgument(message, refused) : new DrydockException.SystemError(message, refused);
  }

  /**
   * The host devices of {@code c}'s {@code --device}s, found before anything is made for the start;
   * a missing one, or a malformed {@code --device-cgroup-rule} (checked after them, as dockerd), fails
   * the start as in dockerd (500, the error recorded, exit code 128).
   */
  private static List<HostDevice> devices(StoredContainer c) {
    List<HostDevice> found = HostDeviceLookup.resolve(c.host().deviceList());
    c.host().cgroupRules();
    return found;
  }

  /**
   * The namespaces {@code c} takes from other containers, after dockerd's namespace checks (an ipc
   * mode it does not know, then the ipc and pid donors), all before anything is mounted.
   */
  private NamespaceJoins joins(StoredContainer c) {
    c.host().namespaces().requireStartable();
    return new NamespaceDonors(parts::get, d -> parts.files.shm(d.record().id())).joins(c);
  }

  /** dockerd's start-time refusals of the create's options: a negative CpuShares, a device request, a tmpfs option, a malformed MAC address of its endpoint. */
  private static boolean checkOptions(StoredContainer c) {
    if (c.record().resources().cpuShares() < 0) { // dockerd 20.10 takes it at create; its cgroup write fails
      throw new DrydockException.SystemError("shares: invalid argument");
    }
    DeviceRequestRule.check(c.options().deviceRequests());
    c.host().tmpfs().values().forEach(TmpfsOptions::check);
    if (!c.options().macAddress().isEmpty() && !c.options().networkDisabled()) {
      MacAddressRule.parse(c.options().macAddress());
    }
    return true;
  }

  /** A check of the start that comes before anything is made: its refusal is recorded as a failed start (exit code 128). */
  private <T> T beforeAnything(StoredContainer c, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (DrydockException e) {
      ContainerId id = c.record().id();
      quietly(() -> parts.update(id, x -> x.withState(x.state().startFailed(e.getMessage(), ContainerState.UNKNOWN_START_FAILURE, id.value()))));
      throw e;
    }
  }

  /**
   * Errno texts in Go's lower-case form, as runc reports them: the docker CLI reads
   * "no such file or directory" and "permission denied" in the message to exit 127 or 126, and
   * dockerd "not a directory" to add its hint.
   */
  static String goErrno(String message) {
    return message.replace("No such file or directory", "no such file or directory").replace("Permission denied", "permission denied")
        .replace("Not a directory", "not a directory");
  }

  private void writeEtcFiles(ContainerRecord r) {
    String hostname = r.hostname();
    AtomicFiles.replace(parts.files.hostname(r.id()), (hostname + "\n").getBytes(StandardCharsets.UTF_8));
    String hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n";
    AtomicFiles.replace(parts.files.hosts(r.id()), hosts.getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, Path> etcFiles(StoredContainer c) {
    ContainerId id = c.record().id();
    if (c.host().networkMode() == HostSettings.NetworkMode.HOST) {
      return Map.of("/etc/hostname", parts.files.hostname(id), "/etc/hosts", Path.of("/etc/hosts"), "/etc/resolv.conf", Path.of("/etc/resolv.conf"));
    }
    return Map.of("/etc/hostname", parts.files.hostname(id), "/etc/hosts", parts.files.hosts(id));
  }

  static void quietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.debug("cleanup step failed: {}", e.toString());
    }
  }
}
