package io.drydock.cli;

import io.drydock.common.DrydockException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Verbs that need the cgroup layer (freezer, stats, resource updates), which is attached to this
 * runtime separately: they say so and exit 1 instead of pretending.
 */
final class RuntimeUnsupported {
  private RuntimeUnsupported() {}

  abstract static class Verb extends RuntimeVerb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID") String id;

    @Override
    int run() {
      throw new DrydockException.NotImplemented(spec.name() + " is not supported yet (needs the cgroup manager)");
    }
  }

  @Command(name = "pause", description = "Freeze all processes of a container (not supported yet).")
  static final class Pause extends Verb {}

  @Command(name = "resume", description = "Thaw a paused container (not supported yet).")
  static final class Resume extends Verb {}

  @Command(name = "events", description = "Show container events and stats (not supported yet).")
  static final class Events extends Verb {}

  @Command(name = "update", description = "Update a container's resource limits (not supported yet).")
  static final class Update extends Verb {}
}
