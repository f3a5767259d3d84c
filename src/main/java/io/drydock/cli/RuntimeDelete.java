package io.drydock.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code delete ID}: remove a stopped (or never started) container; --force kills a running one first. */
@Command(name = "delete", description = "Delete a stopped container.")
final class RuntimeDelete extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = {"--force", "-f"}, description = "Kill the container first if it is running.")
  boolean force;

  @Override
  int run() {
    runtime().delete(id(id), force);
    return 0;
  }
}
