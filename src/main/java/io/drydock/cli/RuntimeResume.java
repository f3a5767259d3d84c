package io.drydock.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code resume ID}: thaw a paused container. */
@Command(name = "resume", description = "Resume all processes of a paused container.")
final class RuntimeResume extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Override
  int run() {
    runtime().resume(id(id));
    return 0;
  }
}
