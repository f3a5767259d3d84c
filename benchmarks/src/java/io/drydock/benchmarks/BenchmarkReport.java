package io.drydock.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result (SampleTime mode) into the Markdown report of benchmarks/: medians,
 * spreads (IQR, p90, p99) and each row's ratio to a baseline row measured in the same run, plus
 * an SVG plot of the distributions. Usage: {@code BenchmarkReport result.json[,more.json...]
 * report.md plot.svg [baseline-label]} (several JMH result files of one run become one table).
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: BenchmarkReport result.json report.md plot.svg [baseline-label]");
    }
    List<LatencyDistribution> rows = new ArrayList<>();
    for (String file : args[0].split(",")) {
      rows.addAll(read(Path.of(file)));
    }
    String baseline = args.length > 3 && !args[3].isBlank() ? args[3] : rows.isEmpty() ? "" : rows.get(0).label();
    Files.writeString(Path.of(args[1]), markdown(rows, baseline));
    Files.writeString(Path.of(args[2]), LatencyPlot.svg(rows));
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

  static String markdown(List<LatencyDistribution> rows, String baseline) {
    double base = rows.stream().filter(r -> r.label().equals(baseline)).mapToDouble(LatencyDistribution::median).findFirst().orElse(Double.NaN);
    StringBuilder md = new StringBuilder();
    md.append("| benchmark | samples | median ms | IQR ms | p90 ms | p99 ms | ratio to ").append(baseline).append(" |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (LatencyDistribution r : rows) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
          r.label(), r.count(), r.median(), r.iqr(), r.quantile(0.9), r.quantile(0.99), r.median() / base));
    }
    return md.toString();
  }
}
