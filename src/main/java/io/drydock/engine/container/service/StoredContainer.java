package io.drydock.engine.container.service;

import io.drydock.engine.container.ContainerOptions;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.spec.HostSettings;
import java.util.List;

/**
 * One container as persisted (one JSON file): the engine model's record, the host settings the
 * spec builder reads, and the Cmd/Entrypoint as they resolved at create ({@code docker inspect}
 * shows them under {@code Config}), and the create's {@link ContainerOptions} (none in a record
 * written before they were kept).
 */
public record StoredContainer(ContainerRecord record, HostSettings host, List<String> cmd, List<String> entrypoint, ContainerOptions options) {
  public StoredContainer {
    options = options == null ? ContainerOptions.NONE : options;
    cmd = List.copyOf(cmd == null ? List.of() : cmd);
    entrypoint = List.copyOf(entrypoint == null ? List.of() : entrypoint);
    host = host == null ? HostSettings.DEFAULT : host;
  }

  /** A container without the fields of {@link ContainerOptions}. */
  public StoredContainer(ContainerRecord record, HostSettings host, List<String> cmd, List<String> entrypoint) {
    this(record, host, cmd, entrypoint, ContainerOptions.NONE);
  }

  StoredContainer with(ContainerRecord r) {
    return new StoredContainer(r, host, cmd, entrypoint, options);
  }
}
