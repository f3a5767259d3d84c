package io.drydock.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Pull latency (issue 4): one image of one 2 MB layer (busybox-static plus a marker file, so no
 * engine has the layer already) from the local distribution registry that {@code benchmarks/run}
 * starts on 127.0.0.1 ({@code DRYDOCK_BENCH_REGISTRY}). An engine pulls through the API
 * ({@code POST /images/create}, the progress stream read to its end: download, verify, unpack,
 * tag); skopeo copies to a {@code dir:} directory (download and verify, no unpack, and a Go
 * process start per pull). Before every pull the image (or directory) is removed, outside the
 * timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class PullBenchmark {
  static final String REGISTRY_ENV = "DRYDOCK_BENCH_REGISTRY";
  static final String REPOSITORY = "bench/pull";

  /** An engine name (see {@link Engines}) or "skopeo". */
  @Param({"drydock"})
  public String puller;

  private String reference;
  private EngineConnection api;
  private Path copyDir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String registry = System.getenv(REGISTRY_ENV);
    if (registry == null) {
      throw new IllegalStateException(REGISTRY_ENV + " is not set: run the pull benchmark through benchmarks/run");
    }
    reference = registry + "/" + REPOSITORY;
    if (puller.equals("skopeo")) {
      copyDir = Files.createTempDirectory("dd-bench-skopeo-");
    } else {
      api = EngineConnection.open(Engines.socket(puller));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (api != null) {
      removeImage();
      api.close();
    } else {
      Commands.deleteTree(copyDir);
    }
  }

  @Setup(Level.Invocation)
  public void removeImage() throws IOException {
    if (api != null) {
      EngineConnection.Response r = api.delete("/v1.41/images/" + reference + ":latest?force=1");
      if (r.status() != 200 && r.status() != 404) {
        throw new IOException(puller + ": remove " + reference + ": " + r.status() + " " + r.text());
      }
    } else {
      Commands.deleteTree(copyDir.resolve("image"));
    }
  }

  @Benchmark
  public int pull() throws IOException, InterruptedException {
    if (api == null) {
      return Commands.run("skopeo", "copy", "--quiet", "--src-tls-verify=false",
          "docker://" + reference + ":latest", "dir:" + copyDir.resolve("image"));
    }
    String target = "/v1.41/images/create?fromImage=" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&tag=latest";
    EngineConnection.Response r = api.expectOk("POST", target, null);
    if (r.text().contains("\"error\"")) {
      throw new IOException(puller + ": pull " + reference + ": " + r.text());
    }
    return r.body().length;
  }
}
