package io.drydock.cli;

import io.drydock.conformance.ComparisonTable;
import io.drydock.conformance.ConformanceRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drydock conformance}: runs features/ against one or more engines, side by side, and writes
 * the table. Exit 0: every scenario passed or was skipped on every engine; 1: some failed; 2: the
 * run could not be made (bad host, engine not answering or not empty, no features).
 */
@Command(name = "conformance", mixinStandardHelpOptions = true, description = "Run the API scenarios of features/ against engines and compare them side by side.")
final class ConformanceCommand implements Callable<Integer> {
  static final int SOME_FAILED = 1;
  static final int CANNOT_RUN = 2;

  @Spec CommandSpec spec;

  @Option(names = "--host", required = true, description = "Engine endpoint, unix:///path.sock or tcp://HOST:PORT (repeatable; one column each). The engine must hold no containers: the scenarios remove them.")
  List<String> hosts;

  @Option(names = "--out", defaultValue = "target/conformance", description = "Directory for conformance.md and conformance.xml (JUnit). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--features", defaultValue = "features", description = "Directory of the .feature files. Default: ${DEFAULT-VALUE}.")
  Path features;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    ConformanceRunner runner = new ConformanceRunner(features, err);
    List<String> labels;
    try {
      labels = runner.preflight(hosts);
    } catch (IllegalArgumentException e) {
      err.println("drydock conformance: " + e.getMessage());
      err.flush();
      return CANNOT_RUN;
    }
    ComparisonTable table = runner.run(hosts, labels);
    stdout.print(ConformanceRunner.write(table, out));
    stdout.flush();
    err.println("conformance: wrote " + out.resolve(ConformanceRunner.MARKDOWN) + " and " + out.resolve(ConformanceRunner.JUNIT_XML));
    err.flush();
    return table.allPassedOrSkipped() ? 0 : SOME_FAILED;
  }
}
