package io.drydock.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ps ID}: the host pids of the container's processes (runc's --format json is a pid array). */
@Command(name = "ps", description = "List the processes of a container.")
final class RuntimePs extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = {"--format", "-f"}, description = "table or json.") String format = "table";

  @Override
  int run() {
    List<Integer> pids = runtime().pids(id(id));
    if (format.equals("json")) {
      out().println(pids);
    } else {
      out().println("PID");
      pids.forEach(out()::println);
    }
    return 0;
  }
}
