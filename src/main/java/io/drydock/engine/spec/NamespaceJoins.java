package io.drydock.engine.spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one start of a container takes from other containers (or, for {@code shareable}, makes
 * for them), decided before anything is mounted: the pid and ipc namespaces to join by path
 * ({@code /proc/<target init pid>/ns/pid|ipc}, as dockerd 20.10 writes them into the spec), and
 * the host directory bound at {@code /dev/shm} — a {@code shareable} container's own tmpfs, or
 * the one of the container whose ipc namespace it joins (dockerd's {@code ShmPath}).
 */
public record NamespaceJoins(Optional<Path> pid, Optional<Path> ipc, Optional<Path> shm) {
  public static final NamespaceJoins NONE = new NamespaceJoins(Optional.empty(), Optional.empty(), Optional.empty());

  public NamespaceJoins {
    pid = pid == null ? Optional.empty() : pid;
    ipc = ipc == null ? Optional.empty() : ipc;
    shm = shm == null ? Optional.empty() : shm;
  }

  /** The namespace file of {@code kind} ({@code pid}, {@code ipc}) of the process {@code pid}. */
  public static Path namespaceOf(long pid, String kind) {
    return Path.of("/proc", Long.toString(pid), "ns", kind);
  }
}
