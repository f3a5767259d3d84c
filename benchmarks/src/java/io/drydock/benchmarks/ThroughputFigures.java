package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * API throughput with 16 concurrent clients: each client is a thread with its own keep-alive
 * connection, repeating one operation for a fixed time after a one-second warm-up; the figure is
 * completed operations per second over all clients. Operations: {@code GET /_ping},
 * {@code GET /containers/json?all=1} (on an engine holding no containers), and a container
 * create + remove pair ({@code POST /containers/create}, {@code DELETE /containers/ID}), counted as
 * pairs. Usage: {@code ThroughputFigures out.md seconds engine...}; appends rows (after the table header, when the file is new).
 */
public final class ThroughputFigures {
  static final int CLIENTS = 16;
  static final String HEADER = """
      | engine | operation | clients | seconds | operations | per second | errors |
      |---|---|---:|---:|---:|---:|---:|
      """;

  private ThroughputFigures() {}

  /** One repeated operation on a client's connection. */
  interface Operation {
    void run(EngineConnection api) throws IOException;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    if (!Files.exists(out)) {
      Files.writeString(out, HEADER);
    }
    double seconds = Double.parseDouble(args[1]);
    String body = Engines.createBody("true");
    for (int i = 2; i < args.length; i++) {
      String engine = args[i];
      List<String> rows = new ArrayList<>();
      rows.add(measure(engine, "GET /_ping", seconds, api -> api.expectOk("GET", "/_ping", null)));
      rows.add(measure(engine, "GET /containers/json", seconds, api -> api.expectOk("GET", "/v1.41/containers/json?all=1", null)));
      rows.add(measure(engine, "create + rm", seconds, api -> {
        String id = Engines.idOf(api.expectOk("POST", "/v1.41/containers/create", body).text());
        api.expectOk("DELETE", "/v1.41/containers/" + id, null);
      }));
      for (String row : rows) {
        System.out.print(row);
        Files.writeString(out, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  static String measure(String engine, String name, double seconds, Operation op) throws Exception {
    run(engine, 1.0, op);
    long[] result = run(engine, seconds, op);
    return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d | %.0f | %d |%n",
        engine, name, CLIENTS, seconds, result[0], result[0] / seconds, result[1]);
  }

  /** Runs {@code op} on CLIENTS connections for {@code seconds}; returns {completed, errors}. */
  private static long[] run(String engine, double seconds, Operation op) throws Exception {
    Path socket = Engines.socket(engine);
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Thread t = new Thread(() -> {
        try (EngineConnection api = EngineConnection.open(socket)) {
          while (System.nanoTime() < deadline) {
            try {
              op.run(api);
              if (System.nanoTime() < deadline) {
                done.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, e.getMessage());
            }
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, e.getMessage());
        }
      }, "client-" + c);
      t.start();
      clients.add(t);
    }
    for (Thread t : clients) {
      t.join();
    }
    if (firstError.get() != null) {
      System.err.println(engine + ": first error: " + firstError.get());
    }
    return new long[] {done.get(), errors.get()};
  }
}
