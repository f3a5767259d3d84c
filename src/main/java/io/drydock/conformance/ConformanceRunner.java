package io.drydock.conformance;

import io.drydock.conformance.glue.EngineTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the scenarios of a features directory against each engine in turn (one Cucumber run per
 * host, that host injected through {@link EngineTarget}) and merges the results side by side.
 * Everything that can be checked before a run is checked first — the features exist, every host
 * is well formed, answers and holds no containers — so a bad invocation changes nothing anywhere.
 */
public final class ConformanceRunner {
  public static final String MARKDOWN = "conformance.md";
  public static final String JUNIT_XML = "conformance.xml";

  private final Path features;
  private final PrintWriter log;

  public ConformanceRunner(Path features, PrintWriter log) {
    this.features = features;
    this.log = log;
  }

  /** Throws {@link IllegalArgumentException} with what is wrong, before any scenario runs. */
  public List<String> preflight(List<String> hosts) {
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("no --host given");
    }
    if (!Files.isDirectory(features)) {
      throw new IllegalArgumentException("no features directory at " + features.toAbsolutePath() + " (give --features DIR)");
    }
    try (Stream<Path> files = Files.walk(features)) {
      if (files.noneMatch(p -> p.toString().endsWith(".feature"))) {
        throw new IllegalArgumentException("no .feature files under " + features.toAbsolutePath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("read " + features, e);
    }
    hosts.forEach(EngineProbe::checkSyntax);
    List<String> labels = new ArrayList<>();
    for (String host : hosts) {
      labels.add(EngineProbe.describe(host));
      EngineProbe.requireNoContainers(host);
    }
    return labels;
  }

  /** Runs every scenario on every host, one host after the other. */
  public ComparisonTable run(List<String> hosts, List<String> labels) {
    List<EngineRun> runs = new ArrayList<>();
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get(i);
      log.printf("conformance: %s (%s)%n", labels.get(i), host);
      log.flush();
      EngineTarget.use(EngineTarget.foreign(host));
      CucumberRun.Results results = CucumberRun.run(features, r -> {
        log.printf("  %-7s %s — %s%n", r.outcome().label(), r.key().location(), r.key().scenario());
        log.flush();
      });
      EngineRun run = new EngineRun(host, labels.get(i), results.results(), results.brokeOff());
      log.printf("conformance: %s: %d passed, %d failed, %d skipped%s%n", labels.get(i), run.count(Outcome.PASSED), run.count(Outcome.FAILED),
          run.count(Outcome.SKIPPED), run.brokeOff().isEmpty() ? "" : "; " + run.brokeOff());
      log.flush();
      runs.add(run);
    }
    return ComparisonTable.of(runs);
  }

  /** Writes {@value #MARKDOWN} and {@value #JUNIT_XML} into {@code out}; returns the Markdown. */
  public static String write(ComparisonTable table, Path out) {
    String markdown = MarkdownReport.render(table);
    try {
      Files.createDirectories(out);
      writeAtomically(out.resolve(MARKDOWN), markdown);
      writeAtomically(out.resolve(JUNIT_XML), JunitXmlReport.render(table));
    } catch (IOException e) {
      throw new UncheckedIOException("write the report into " + out, e);
    }
    return markdown;
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
