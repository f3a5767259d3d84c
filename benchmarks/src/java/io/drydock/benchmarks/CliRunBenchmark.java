package io.drydock.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * {@code docker run --rm --network none busybox true} with the real docker CLI against an engine's
 * socket: what a user waits for, the CLI's own start (a Go binary) and its attach included.
 * Podman's compat service refuses the CLI's attach upgrade (409), so {@code benchmarks/run} runs
 * this one for drydock and dockerd only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class CliRunBenchmark {
  @Param({"drydock"})
  public String engine;

  @Benchmark
  public int dockerRunRm() throws IOException, InterruptedException {
    return Commands.run("docker -H unix://" + Engines.socket(engine), "run", "--rm", "--network", "none", Engines.IMAGE, "true");
  }
}
