package io.drydock.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drydock audit}: reads back from the kernel what isolation a process really has. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check a container or process against spec/isolation.md.")
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", description = "Container name or id.")
  String container;

  @Option(names = "--pid", description = "Audit any process by PID instead of a container.")
  Integer pid;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    return NotBuiltYet.report(spec.commandLine().getErr(), "audit");
  }
}
