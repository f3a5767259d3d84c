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
 * <p>Each engine first serves the same sequence for the seconds in {@code DRYDOCK_BENCH_ENGINE_WARMUP}
 * (default {@value #DEFAULT_ENGINE_WARMUP_SECONDS}) before JMH's own warm-up: the figure is a running
 * server's, not a fresh one's. A fresh drydock daemon's JIT compiles its request path for the first
 * ~1,500 sequences (each method runs a few times per request, so reaching the compilers'
 * thresholds takes that long; ~100 sequences of JMH warm-up left the measurement 30–40% above the
 * steady state). The same time is given to every engine; dockerd and podman, compiled ahead of
 * time, gain little from it.
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
  private final String body = Engines.createBody("true");

  /** Seconds of the sequence each engine serves before JMH's warm-up. */
  static final String ENGINE_WARMUP_ENV = "DRYDOCK_BENCH_ENGINE_WARMUP";
  static final int DEFAULT_ENGINE_WARMUP_SECONDS = 45;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    api = EngineConnection.open(Engines.socket(engine));
    long seconds = Long.parseLong(System.getenv().getOrDefault(ENGINE_WARMUP_ENV, Integer.toString(DEFAULT_ENGINE_WARMUP_SECONDS)));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int sequences = 0;
    while (System.nanoTime() < end) {
      createStartWaitDelete();
      sequences++;
    }
    System.out.printf("# %s served %d sequences in %d s of engine warm-up%n", engine, sequences, seconds);
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
