package io.drydock.cli;

import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the containers under --root, as runc's table or JSON. */
@Command(name = "list", aliases = "ls", description = "List containers.")
final class RuntimeList extends RuntimeVerb {
  @Option(names = {"--format", "-f"}, description = "table or json.") String format = "table";

  @Option(names = {"--quiet", "-q"}, description = "Print ids only.") boolean quiet;

  @Override
  int run() {
    List<State> states = runtime().list();
    if (quiet) {
      states.forEach(s -> out().println(s.id()));
    } else if (format.equals("json")) {
      try {
        out().println(SpecCodec.mapper().writeValueAsString(states));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new io.drydock.common.DrydockException.SystemError("encode list: " + e.getOriginalMessage(), e);
      }
    } else if (format.equals("table")) {
      out().printf("%-20s %-8s %-10s %s%n", "ID", "PID", "STATUS", "BUNDLE");
      states.forEach(s -> out().printf("%-20s %-8d %-10s %s%n", s.id(), s.pid(), s.status(), s.bundle()));
    } else {
      throw new io.drydock.common.DrydockException.InvalidArgument("invalid format option: " + format);
    }
    return 0;
  }
}
