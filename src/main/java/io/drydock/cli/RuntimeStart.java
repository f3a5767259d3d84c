package io.drydock.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code start ID}: release a created container's init into the user's process. */
@Command(name = "start", description = "Start a created container.")
final class RuntimeStart extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Override
  int run() {
    runtime().start(id(id));
    return 0;
  }
}
