package io.drydock.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drydock conformance}: runs features/ against one or more engines, side by side. */
@Command(name = "conformance", mixinStandardHelpOptions = true, description = "Run the API scenarios against engines and compare.")
final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--host", required = true, description = "Engine endpoint, e.g. unix:///run/drydock.sock (repeatable).")
  List<String> hosts;

  @Override
  public Integer call() {
    return NotBuiltYet.report(spec.commandLine().getErr(), "conformance");
  }
}
