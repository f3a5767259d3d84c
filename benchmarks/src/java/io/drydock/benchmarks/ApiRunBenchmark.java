package io.drydock.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * API level: what {@code docker run --rm --network none busybox true} asks of an engine, as the
 * Engine API requests themselves — create, start, wait, delete — on one keep-alive connection to
 * the engine's unix socket. The same requests go to drydock, dockerd and podman (its Docker-compat
 * service), each with the same busybox image, so the rows differ only in the engine. No CLI
 * process start is inside the figure ({@link CliRunBenchmark} has that one).
 *
 * <p>Each engine first serves the same sequence {@value #DEFAULT_WARMUP_SEQUENCES} times, or for the
 * seconds in {@code DRYDOCK_BENCH_ENGINE_WARMUP} (default {@value #DEFAULT_WARMUP_SECONDS}) if that
 * ends first, before JMH's own warm-up: the figure is a running server's, not a fresh one's. A
 * fresh drydock daemon's JIT compiles its request path over its first ~1,500 sequences (each method
 * runs a few times per request, so the compilers' thresholds take that long to reach); with ~100
 * sequences of JMH warm-up the measurement stayed 30–40% above the steady state. Every engine gets
 * the same bound; dockerd and podman, compiled ahead of time, meet the time limit first and gain
 * little from it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ApiRunBenchmark {
  @Param({"drydock"})
  public String engine;

  private EngineConnection api;
  private String body;

  static final String WARMUP_SECONDS_ENV = "DRYDOCK_BENCH_ENGINE_WARMUP";
  static final int DEFAULT_WARMUP_SECONDS = 60;
  static final int DEFAULT_WARMUP_SEQUENCES = 1500;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = createBody();
    api = EngineConnection.open(Engines.socket(engine));
    long seconds = Long.parseLong(System.getenv().getOrDefault(WARMUP_SECONDS_ENV, Integer.toString(DEFAULT_WARMUP_SECONDS)));
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    int sequences = 0;
    while (sequences < DEFAULT_WARMUP_SEQUENCES && System.nanoTime() < end) {
      createStartWaitDelete();
      sequences++;
    }
    System.out.printf("# %s served %d sequences in %.1f s of engine warm-up%n", engine, sequences, (System.nanoTime() - start) / 1e9);
  }

  /** The create request's body: {@code true} in busybox with {@code --network none}. */
  String createBody() {
    return Engines.createBody("true");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    api.close();
  }

  @Benchmark
  public String createStartWaitDelete() throws IOException {
    String id = Engines.idOf(api.expectOk("POST", "/v1.41/containers/create", body).text());
    api.expectOk("POST", "/v1.41/containers/" + id + "/start", null);
    String status = api.expectOk("POST", "/v1.41/containers/" + id + "/wait", null).text();
    api.expectOk("DELETE", "/v1.41/containers/" + id, null);
    if (!status.contains("\"StatusCode\":0")) {
      throw new IllegalStateException(engine + ": true exited with " + status);
    }
    return id;
  }
}
