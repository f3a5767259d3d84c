package io.drydock.cli;

import io.drydock.common.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kill ID [SIGNAL]}: signal the init (default SIGTERM), or with --all every process. */
@Command(name = "kill", description = "Send a signal to the container's init.")
final class RuntimeKill extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Parameters(index = "1", paramLabel = "SIGNAL", defaultValue = "SIGTERM") String signal;

  @Option(names = {"--all", "-a"}, description = "Signal every process of the container.")
  boolean all;

  @Override
  int run() {
    Signal sig = Signal.parse(signal);
    runtime().kill(id(id), sig, all);
    return 0;
  }
}
