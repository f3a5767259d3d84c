package io.drydock.runtime;

/**
 * A create announced before its bundle is ready ({@link LinuxRuntime#expectCreate}). Closing it
 * undoes what was made ahead for the create, unless the create took it over; it never throws.
 */
@FunctionalInterface
public interface CreateAhead extends AutoCloseable {
  /** Nothing was made ahead. */
  CreateAhead NONE = () -> { };

  @Override
  void close();
}
