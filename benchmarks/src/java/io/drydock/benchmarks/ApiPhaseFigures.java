package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where {@link ApiRunBenchmark}'s time goes: the same create, start, wait, delete sequence,
 * each request timed alone, after a warm-up; medians per request and engine. Not JMH (four
 * timers inside one operation). Usage: {@code ApiPhaseFigures out.md runs engine...}; appends
 * rows (after the table header, when the file is new).
 */
public final class ApiPhaseFigures {
  static final String HEADER = """
      | engine | runs | create ms | start ms | wait ms | delete ms | sum of medians ms |
      |---|---:|---:|---:|---:|---:|---:|
      """;

  private ApiPhaseFigures() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    if (!Files.exists(out)) {
      Files.writeString(out, HEADER);
    }
    for (int i = 2; i < args.length; i++) {
      String row = measure(args[i], runs);
      System.out.print(row);
      Files.writeString(out, row, StandardOpenOption.APPEND);
    }
  }

  static String measure(String engine, int runs) throws IOException {
    String body = Engines.createBody("true");
    double[][] ms = new double[4][runs];
    try (EngineConnection api = EngineConnection.open(Engines.socket(engine))) {
      for (int i = -runs / 3; i < runs; i++) {
        long t0 = System.nanoTime();
        String id = Engines.idOf(api.expectOk("POST", "/v1.41/containers/create", body).text());
        long t1 = System.nanoTime();
        api.expectOk("POST", "/v1.41/containers/" + id + "/start", null);
        long t2 = System.nanoTime();
        api.expectOk("POST", "/v1.41/containers/" + id + "/wait", null);
        long t3 = System.nanoTime();
        api.expectOk("DELETE", "/v1.41/containers/" + id, null);
        long t4 = System.nanoTime();
        if (i >= 0) {
          long[] marks = {t0, t1, t2, t3, t4};
          for (int p = 0; p < 4; p++) {
            ms[p][i] = (marks[p + 1] - marks[p]) / 1e6;
          }
        }
      }
    }
    double[] medians = new double[4];
    for (int p = 0; p < 4; p++) {
      Arrays.sort(ms[p]);
      medians[p] = ms[p][runs / 2];
    }
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
        engine, runs, medians[0], medians[1], medians[2], medians[3], Arrays.stream(medians).sum());
  }
}
