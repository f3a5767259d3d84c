package io.drydock.runtime;

import io.drydock.common.Signal;
import io.drydock.runtime.spec.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * An OCI runtime (runtime-spec "Operations"), as the supervisor drives it: drydock's own
 * {@link LinuxRuntime} in-process, or any runtime binary through {@link BinaryRuntime}.
 *
 * <p>Lifecycle: {@code create} sets up the init and leaves it waiting (created); {@code start}
 * releases it (running); it exits on its own or by {@code kill} (stopped); {@code delete} removes
 * what is left. An operation in the wrong state is refused with a {@code Conflict}; an unknown id
 * is a {@code NotFound}; a bad bundle is an {@code InvalidArgument} and leaves nothing behind.
 */
public interface OciRuntime {
  void create(RuntimeId id, Path bundle, CreateOptions options);

  void start(RuntimeId id);

  State state(RuntimeId id);

  void kill(RuntimeId id, Signal signal, boolean all);

  void delete(RuntimeId id, boolean force);

  List<State> list();

  /**
   * Waits until the container has stopped, at most {@code timeout}; its exit code when this
   * runtime observed it (a monitored create), empty otherwise.
   */
  OptionalInt awaitExit(RuntimeId id, Duration timeout);
}
