package io.drydock.conformance;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Cucumber run of the features against the engine chosen in
 * {@link io.drydock.conformance.glue.EngineTarget}, in this JVM, with the shipped glue. The
 * results come back through a {@link ResultCollector} plugin; Cucumber's own console output stays
 * off, the runner prints its own progress.
 */
final class CucumberRun {
  static final String GLUE = "io.drydock.conformance.glue";

  private CucumberRun() {}

  /** The scenarios that finished, and why the run stopped early (empty when it did not). */
  record Results(List<ScenarioResult> results, String brokeOff) {}

  /** Runs every scenario under {@code features}; if the run breaks off, the results so far and the reason. */
  static Results run(Path features, Consumer<ScenarioResult> progress) {
    ResultCollector collector = new ResultCollector(progress);
    try {
      RuntimeOptions options = new CommandlineOptionsParser(new PrintStream(OutputStream.nullOutputStream()))
          .parse("--glue", GLUE, "--monochrome", features.toString())
          .build();
      Runtime runtime = Runtime.builder()
          .withRuntimeOptions(options)
          .withClassLoader(CucumberRun.class::getClassLoader)
          .withAdditionalPlugins(collector)
          .build();
      runtime.run();
      return new Results(collector.results(), "");
    } catch (RuntimeException e) {
      return new Results(collector.results(), "the run broke off: " + e);
    }
  }
}
