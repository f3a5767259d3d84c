package io.drydock.cli;

import io.drydock.runtime.spec.SpecCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code state ID}: print the runtime-spec state JSON. */
@Command(name = "state", description = "Print the state of a container.")
final class RuntimeState extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Override
  int run() {
    try {
      out().println(SpecCodec.mapper().writeValueAsString(runtime().state(id(id))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new io.drydock.common.DrydockException.SystemError("encode state: " + e.getOriginalMessage(), e);
    }
    return 0;
  }
}
