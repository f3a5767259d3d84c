package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.spec.IpcMode;
import io.drydock.engine.spec.NamespaceJoins;
import io.drydock.engine.spec.NamespaceModes;
import io.drydock.engine.spec.PidMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * At each start, before anything is mounted: the containers whose pid or ipc namespace this one
 * joins ({@code container:<id>}), checked as dockerd 20.10's {@code WithNamespaces} checks them —
 * the ipc one first — each refusal a 500 with dockerd's words: the donor must exist, run and not
 * be restarting; an ipc donor must also have a {@code /dev/shm} to share ({@code shareable}, the
 * host's, or one it shares itself). The paths are those of the donor's init at this moment.
 */
final class NamespaceDonors {
  static final String NON_SHAREABLE = "non-shareable IPC (hint: use IpcMode:shareable for the donor container)";
  private static final int MAX_CHAIN = 16;

  private final Function<String, StoredContainer> containers;
  private final Function<StoredContainer, Path> ownShm;

  /**
   * @param containers a container by name or id, or {@code NotFound} ({@code No such container: x})
   * @param ownShm where a {@code shareable} container's {@code /dev/shm} is while it runs
   */
  NamespaceDonors(Function<String, StoredContainer> containers, Function<StoredContainer, Path> ownShm) {
    this.containers = containers;
    this.ownShm = ownShm;
  }

  NamespaceJoins joins(StoredContainer c) {
    NamespaceModes modes = c.host().namespaces();
    Optional<Path> ipc = Optional.empty();
    Optional<Path> shm = modes.shareableIpc() ? Optional.of(ownShm.apply(c)) : Optional.empty();
    if (modes.ipc().kind() == IpcMode.Kind.CONTAINER) {
      StoredContainer donor = ipcDonor(modes.ipc().target());
      ipc = Optional.of(NamespaceJoins.namespaceOf(donor.record().state().pid(), "ipc"));
      shm = Optional.of(shmOf(donor, 0).orElseThrow(() -> refused(ipcPrefix(modes.ipc().target()) + ": " + NON_SHAREABLE)));
    }
    Optional<Path> pid = Optional.empty();
    if (modes.pid().kind() == PidMode.Kind.CONTAINER) {
      StoredContainer donor = pidDonor(modes.pid().target());
      pid = Optional.of(NamespaceJoins.namespaceOf(donor.record().state().pid(), "pid"));
    }
    return new NamespaceJoins(pid, ipc, shm);
  }

  private StoredContainer ipcDonor(String target) {
    String prefix = ipcPrefix(target);
    StoredContainer donor = find(target, prefix + ": ");
    Optional<String> notRunning = notRunning(donor.record());
    if (notRunning.isPresent()) {
      throw refused(prefix + ": " + notRunning.get());
    }
    return donor;
  }

  private StoredContainer pidDonor(String target) {
    StoredContainer donor = find(target, "cannot join PID of a non running container: " + target + ": ");
    notRunning(donor.record()).ifPresent(m -> {
      throw refused(m);
    });
    return donor;
  }

  private static String ipcPrefix(String target) {
    return "can't join IPC of container " + target;
  }

  private StoredContainer find(String target, String prefix) {
    if (target.isEmpty()) {
      throw refused(prefix + "invalid name or ID supplied: \"\"");
    }
    try {
      return containers.apply(target);
    } catch (DrydockException.NotFound e) {
      throw refused(prefix + e.getMessage());
    }
  }

  /** dockerd's {@code containerIsRunning} then {@code containerIsNotRestarting} (a paused one is running). */
  private static Optional<String> notRunning(ContainerRecord r) {
    if (!r.status().isRunning() || r.state().pid() <= 0) {
      return Optional.of("container " + r.id().value() + " is not running");
    }
    if (r.status() == ContainerStatus.RESTARTING) {
      return Optional.of("Container " + r.id().value() + " is restarting, wait until the container is running");
    }
    return Optional.empty();
  }

  /** The host directory a running donor's {@code /dev/shm} comes from (dockerd's {@code ShmPath}), if it has one to share. */
  private Optional<Path> shmOf(StoredContainer donor, int depth) {
    IpcMode mode = donor.host().namespaces().ipc();
    return switch (mode.kind()) {
      case SHAREABLE -> Optional.of(ownShm.apply(donor)).filter(Files::isDirectory);
      case HOST -> Optional.of(Path.of("/dev/shm")).filter(Files::isDirectory);
      case CONTAINER -> depth < MAX_CHAIN ? lookup(mode.target()).flatMap(d -> shmOf(d, depth + 1)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private Optional<StoredContainer> lookup(String ref) {
    try {
      return ref.isEmpty() ? Optional.empty() : Optional.of(containers.apply(ref));
    } catch (DrydockException.NotFound e) {
      return Optional.empty();
    }
  }

  private static DrydockException refused(String message) {
    return new DrydockException.SystemError(message);
  }
}
