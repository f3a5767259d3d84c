package io.drydock.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The supervisor peer: {@code ctr run --rm --null-io busybox ID /bin/true} against a private
 * containerd that {@code benchmarks/run} starts ({@code containerd.sock} among the engines'
 * sockets, namespace {@code DRYDOCK_BENCH_CTR_NAMESPACE}): containerd + containerd-shim-runc-v2 +
 * runc creating, starting, waiting for and deleting a task. Not quite the work of
 * {@code TasksBenchmark}: the figure also holds the start of the {@code ctr} process (a Go
 * binary) and the overlay snapshot of the image, prepared and removed per container.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CtrRunBenchmark {
  static final String IMAGE = "docker.io/library/busybox:latest";

  /** The supervisor measured; only containerd today. */
  @Param({"containerd"})
  public String supervisor;

  private final AtomicLong counter = new AtomicLong();

  @Benchmark
  public int ctrRunRm() throws IOException, InterruptedException {
    String namespace = System.getenv().getOrDefault("DRYDOCK_BENCH_CTR_NAMESPACE", "dd-bench");
    String id = "t" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet();
    return Commands.run("ctr -a " + Engines.socket(supervisor) + " -n " + namespace,
        "run", "--rm", "--null-io", IMAGE, id, "/bin/true");
  }
}
