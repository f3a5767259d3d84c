package io.drydock.supervisor.task;

import io.drydock.runtime.spec.Spec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to create one task: the OCI bundle (config.json beside a mounted rootfs), its stdio mode and
 * its json-file log. The engine chooses the log path, since it also reads the log for
 * {@code docker logs}. {@code config}, when present, is the bundle's config.json as the caller built
 * and wrote it: the supervisor and the runtime then use it instead of reading the file back.
 */
public record TaskSpec(String id, Path bundle, boolean tty, boolean openStdin, boolean stdinOnce, TaskLog log,
    Optional<Spec> config) {
  public TaskSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(config, "config");
  }

  /** A task whose config.json is read from the bundle. */
  public TaskSpec(String id, Path bundle, boolean tty, boolean openStdin, boolean stdinOnce, TaskLog log) {
    this(id, bundle, tty, openStdin, stdinOnce, log, Optional.empty());
  }

  /** The same task, with its config.json as already parsed. */
  public TaskSpec withConfig(Spec parsed) {
    return new TaskSpec(id, bundle, tty, openStdin, stdinOnce, log, Optional.of(parsed));
  }
}
