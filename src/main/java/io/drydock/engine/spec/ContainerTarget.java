package io.drydock.engine.spec;

import java.util.Optional;

/** The {@code container:<name|id>} form of a pid or ipc mode, as dockerd 20.10 reads it. */
final class ContainerTarget {
  static final String PREFIX = "container:";

  private ContainerTarget() {}

  /** The text after {@code container:} (maybe empty), or nothing for any other mode. */
  static Optional<String> of(String mode) {
    return mode.startsWith(PREFIX) ? Optional.of(mode.substring(PREFIX.length())) : Optional.empty();
  }
}
