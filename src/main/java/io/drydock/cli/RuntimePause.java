package io.drydock.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pause ID}: freeze every process of the container (its cgroup's freezer). */
@Command(name = "pause", description = "Suspend all processes of a container.")
final class RuntimePause extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Override
  int run() {
    runtime().pause(id(id));
    return 0;
  }
}
