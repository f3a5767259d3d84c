package io.drydock.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH JSON results (SampleTime mode) into the latency part of the benchmarks/ report: one
 * Markdown table per level (runtime, supervisor, API, snapshots, pull) with medians, spreads
 * (p10, p90, IQR) and each row's ratio to the drydock row it is compared with, measured in the
 * same run; plus an SVG plot of the distributions. Usage: {@code BenchmarkReport
 * result.json[,more.json...] report.md plot.svg} (several JMH result files of one run become one
 * report; a missing file is skipped, since a peer may be absent).
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: BenchmarkReport result.json[,more.json] report.md plot.svg");
    }
    List<LatencyDistribution> rows = new ArrayList<>();
    for (String file : args[0].split(",")) {
      if (!file.isBlank() && Files.exists(Path.of(file))) {
        rows.addAll(read(Path.of(file)));
      }
    }
    Map<BenchLevel, List<LatencyDistribution>> levels = byLevel(rows);
    Files.writeString(Path.of(args[1]), markdown(levels));
    Files.writeString(Path.of(args[2]), LatencyPlot.svg(levels));
  }

  static List<LatencyDistribution> read(Path json) throws IOException {
    List<LatencyDistribution> rows = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String name = run.path("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder label = new StringBuilder(name);
      for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
        label.append(" [").append(p.getValue().asText()).append(']');
      }
      List<double[]> buckets = new ArrayList<>();
      for (JsonNode iteration : run.path("primaryMetric").path("rawDataHistogram")) {
        for (JsonNode fork : iteration) {
          for (JsonNode bucket : fork) {
            buckets.add(new double[] {bucket.get(0).asDouble(), bucket.get(1).asDouble()});
          }
        }
      }
      rows.add(LatencyDistribution.of(label.toString(), buckets));
    }
    return rows;
  }

  static Map<BenchLevel, List<LatencyDistribution>> byLevel(List<LatencyDistribution> rows) {
    Map<BenchLevel, List<LatencyDistribution>> levels = new LinkedHashMap<>();
    for (BenchLevel level : BenchLevel.values()) {
      List<LatencyDistribution> in = rows.stream().filter(r -> BenchLevel.of(r.label()).equals(Optional.of(level)))
          .sorted(java.util.Comparator.comparing((LatencyDistribution r) -> !BenchLevel.isDrydock(r.label()))
              .thenComparing(r -> level.classes.indexOf(r.label().substring(0, r.label().indexOf('.')))))
          .toList();
      if (!in.isEmpty()) {
        levels.put(level, in);
      }
    }
    return levels;
  }

  static String markdown(Map<BenchLevel, List<LatencyDistribution>> levels) {
    StringBuilder md = new StringBuilder();
    for (Map.Entry<BenchLevel, List<LatencyDistribution>> level : levels.entrySet()) {
      md.append("### ").append(level.getKey().title).append("\n\n");
      md.append("| benchmark | samples | median ms | p10 ms | p90 ms | IQR ms | ratio to drydock | compared with |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
      for (LatencyDistribution r : level.getValue()) {
        String baseline = level.getKey().baselineFor(r.label());
        Optional<LatencyDistribution> base = level.getValue().stream().filter(b -> b.label().equals(baseline)).findFirst();
        String ratio = base.map(b -> String.format(Locale.ROOT, "%.2f", r.median() / b.median())).orElse("—");
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
            r.label(), r.count(), r.median(), r.quantile(0.1), r.quantile(0.9), r.iqr(), ratio,
            base.isPresent() ? baseline : "—"));
      }
      md.append('\n');
    }
    return md.toString();
  }
}
