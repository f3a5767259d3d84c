package io.drydock.supervisor.task;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to create one task: the OCI bundle (config.json beside a mounted rootfs), its stdio mode and
 * its json-file log. The engine chooses the log path, since it also reads the log for
 * {@code docker logs}.
 */
public record TaskSpec(String id, Path bundle, boolean tty, boolean openStdin, boolean stdinOnce, TaskLog log) {
  public TaskSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(log, "log");
  }
}
