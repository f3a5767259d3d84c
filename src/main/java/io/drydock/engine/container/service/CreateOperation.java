package io.drydock.engine.container.service;

import io.drydock.common.DaemonThreads;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerIndex;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.JsonObjectStore;
import io.drydock.engine.container.wiring.ContainerWiring;
import io.drydock.engine.container.wiring.WiringRequest;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.ImageStore;
import io.drydock.engine.spec.Capabilities;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.LogSettings;
import io.drydock.engine.system.ResourceSupport;
import io.drydock.supervisor.snapshot.Snapshotter;
import io.drydock.supervisor.store.TreeRemover;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /containers/create}: validate, resolve the image, reserve the name, prepare the
 * container's writable snapshot on the image's layers, create its directory, persist the record.
 * All or nothing: each step that succeeded is undone, in reverse, when a later one fails — the
 * name is released, the snapshot and the directory removed — so a refused create leaves nothing.
 *
 * <p>The snapshot is prepared on a thread of this operation's while the request's thread makes the
 * directory and the wiring: the two are independent, and each fsyncs a file of its own, which the
 * file system can then commit together.
 */
final class CreateOperation implements AutoCloseable {
  private final ContainerIndex index;
  private final ContainerStore store;
  private final ImageStore images;
  private final LayerSnapshots layers;
  private final Snapshotter snapshotter;
  private final ContainerFiles files;
  private final Clock clock;
  private final ResourceSupport host;
  private final java.util.concurrent.ExecutorService snapshots = java.util.concurrent.Executors.newCachedThreadPool(DaemonThreads.named("drydock-create-snapshot"));
  Optional<ContainerWiring> wiring = Optional.empty();
  RuntimeRule runtimes = RuntimeRule.DRYDOCK_ONLY;
  /** The daemon's {@code --log-driver} and {@code --log-opt}, applied to each create's log settings. */
  LogSettings logDefault = LogSettings.DEFAULT;

  CreateOperation(ContainerIndex index, ContainerStore store, ImageStore images, LayerSnapshots layers, Snapshotter snapshotter, ContainerFiles files, Clock clock,
      ResourceSupport host) {
    this.index = index;
    this.store = store;
    this.images = images;
    this.layers = layers;
    this.snapshotter = snapshotter;
    this.files = files;
    this.clock = clock;
    this.host = host;
  }

  /**
   * dockerd's check of {@code Config.StopSignal} at create (its {@code signal.ParseSignal}): any
   * number but 0 is taken as it is, anything else must name a signal ({@code SIG} optional, any
   * case); else {@code Invalid signal: X}, and nothing is created.
   */
  static void checkStopSignal(String s) {
    if (s == null || s.isEmpty()) {
      return;
    }
    boolean ok;
    try {
      ok = Integer.parseInt(s) != 0;
    } catch (NumberFormatException notNumeric) {
      try {
        io.drydock.common.Signal.parse(s);
        ok = true;
      } catch (DrydockException.InvalidArgument e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new DrydockException.InvalidArgument("Invalid signal: " + s);
    }
  }

  Created create(CreateRequest r) {
    return create(r, WiringRequest.NONE);
  }

  /** The container, with the warnings of dockerd's answer (the host facts' limits it could not keep). */
  Created create(CreateRequest r, WiringRequest w) {
    HostSettings settings = r.host().toBuilder().log(logDefault.resolve(r.host().log()))
        .namespaces(r.host().namespaces().checked().withTargets(this::containerIdOf)).build();
    TuningRules.checkRealtime(r.resources().tuning(), host.tuning());
    ResourceRules.check(r.resources());
    TuningRules.Decision tuning = TuningRules.decide(r.resources().tuning(), host.tuning());
    OomKillDisableRule.Decision oom = OomKillDisableRule.decide(r.resources(), host.oomKillDisable());
    checkStopSignal(r.stopSignal());
    if (r.healthcheck() != null) {
      r.healthcheck().validated();
    }
    Capabilities.effective(r.host().capAdd(), r.host().capDrop(), r.host().privileged());
    runtimes.check(r.options().runtime());
    IsolationRule.check(r.options().isolation());
    MacAddressRule.checkMode(r.options().macAddress(), w.networkMode());
    StorageOptRule.check(r.storageOpt());
    if (r.image() == null || r.image().isEmpty()) {
      throw new DrydockException.InvalidArgument("Config cannot be empty in order to create a container");
    }
    ImageRecord image = resolveImage(r.image());
    ImageConfig defaults = image.config();
    ImageDefaults.Process process = ImageDefaults.process(r, defaults);
    ContainerConfig config = new ContainerConfig(process.argv().get(0), process.argv().subList(1, process.argv().size()),
        ImageDefaults.env(r, defaults), ImageDefaults.workingDir(r, defaults), ImageDefaults.user(r, defaults), hostname(r),
        r.tty(), r.openStdin(), r.stdinOnce(), ImageDefaults.labels(r, defaults), ImageDefaults.stopSignal(r, defaults), r.stopTimeout(),
        r.attach(), ImageDefaults.healthcheck(r, defaults), r.domainname());
    ContainerId id = ContainerId.generate();
    ContainerRecord record = new ContainerRecord(id, "/placeholder", clock.instant(), r.image(), image.id().toString(), config,
        ResourceRules.adaptedAtCreate(oom.kept().withTuning(tuning.kept()), host.swapLimit()), r.restartPolicy(),
        r.autoRemove(), ContainerState.created());
    List<Runnable> undo = new ArrayList<>();
    try {
      String name = r.name().filter(n -> !n.isEmpty()).map(n -> index.reserveName(id, n)).orElseGet(() -> index.reserveGeneratedName(id));
      undo.add(() -> index.releaseName(name));
      java.util.concurrent.CompletableFuture<Void> snapshot = java.util.concurrent.CompletableFuture.runAsync(
          () -> snapshotter.prepare(id.value(), layers.ensure(image)), snapshots);
      undo.add(() -> {
        if (succeeded(snapshot)) {
          snapshotter.remove(id.value());
        }
      });
      makeDirectory(id);
      undo.add(() -> TreeRemover.delete(files.dir(id)));
      StoredContainer stored = new StoredContainer(record.withName(name), settings, process.cmd(), process.entrypoint(), r.options());
      // the record's bytes are written and fsynced while the wiring and the snapshot are made; it is
      // committed (renamed into place: the create's commit point) only once they are durable
      java.util.concurrent.CompletableFuture<JsonObjectStore<StoredContainer>.Pending> pending =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> store.prepare(stored), snapshots);
      undo.add(() -> {
        if (succeeded(pending)) {
          pending.join().discard();
        }
      });
      if (wiring.isPresent()) {
        wiring.get().create(id.value(), name, files.dir(id), w, defaults.volumes(), defaults.exposedPorts());
        undo.add(() -> wiring.get().remove(id.value(), true));
      }
      io.drydock.common.Futures.join(snapshot);
      WorkingDirectory.createUnmounted(snapshotter, id.value(), files.rootfs(id), config.workingDir());
      io.drydock.common.Futures.join(pending).commit();
      undo.add(() -> store.delete(id));
      index.put(stored.record());
      return new Created(stored, tuning.warnings(java.util.stream.Stream.concat(oom.warnings().stream(), w.warnings().stream()).toList()));
    } catch (Exception e) {
      for (int i = undo.size() - 1; i >= 0; i--) {
        try {
          undo.get(i).run();
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new DrydockException.SystemError("create container: " + e.getMessage(), e);
    }
  }

  /**
   * The full id of the container a {@code container:<x>} pid or ipc mode names; a missing one is
   * refused as dockerd 20.10 refuses it at create: {@code No such container: x}, status 400.
   */
  private String containerIdOf(String ref) {
    try {
      return index.get(ref).id().value();
    } catch (DrydockException.NotFound e) {
      throw new DrydockException.InvalidArgument(e.getMessage());
    }
  }

  /** Waits for {@code f}; whether it completed normally. */
  private static boolean succeeded(java.util.concurrent.CompletableFuture<?> f) {
    try {
      f.join();
      return true;
    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
      return false;
    }
  }

  /** Ends the snapshot threads once no create is under way. */
  @Override
  public void close() {
    snapshots.shutdown();
  }

  /**
   * The container's directory and its rootfs mount point: two mkdirs (the parent exists after the
   * first create). The directory is {@code rwx--x---} (0710), as dockerd makes a container's root.
   */
  private void makeDirectory(ContainerId id) throws java.io.IOException {
    var mode = java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x---"));
    try {
      Files.createDirectory(files.dir(id), mode);
    } catch (java.nio.file.NoSuchFileException e) {
      Files.createDirectories(files.dir(id).getParent());
      Files.createDirectory(files.dir(id), mode);
    }
    Files.createDirectory(files.rootfs(id));
  }

  /** dockerd's rule: a {@code --network host} container without {@code --hostname} takes the host's name. */
  private static String hostname(CreateRequest r) {
    if (r.hostname() != null && !r.hostname().isEmpty() || r.host().networkMode() != io.drydock.engine.spec.HostSettings.NetworkMode.HOST) {
      return r.hostname();
    }
    try {
      return Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (java.io.IOException e) {
      return r.hostname();
    }
  }

  /** The image {@code name} names; the store's NotFound words it as dockerd ({@code No such image: busybox:latest}). */
  private ImageRecord resolveImage(String name) {
    return images.record(images.resolve(name));
  }
}
