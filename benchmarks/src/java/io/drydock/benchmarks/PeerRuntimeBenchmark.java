package io.drydock.benchmarks;

import io.drydock.cli.ProcessLaunch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * {@code <runtime> run} of {@code /bin/true} on the busybox bundle, for an OCI runtime binary
 * given by path: runc, crun, or drydock's own command line. This is the peer figure the in-process
 * runtime is compared with in the same run; {@code benchmarks/run} passes only the runtimes that
 * are installed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PeerRuntimeBenchmark {
  /** Command prefix of the runtime, space-separated, e.g. "runc" or "/path/bin/drydock runtime". */
  @Param({"runc"})
  public String runtime;

  private BusyboxBundle bundle;
  private Path root;
  private final AtomicLong counter = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ProcessLaunch.preferVfork(); // before this JVM starts any process: the spawn drydock itself uses
    bundle = bundle();
    root = java.nio.file.Files.createTempDirectory("drydock-bench-root-");
  }

  /** The bundle every run of the trial uses: busybox with a minimal config. */
  BusyboxBundle bundle() throws IOException {
    return BusyboxBundle.create("/bin/true");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    bundle.close();
    Commands.deleteTree(root);
  }

  @Benchmark
  public int runTrue() throws IOException, InterruptedException {
    String id = "bench-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet();
    return Commands.run(runtime, "--root", root.toString(), "run", "--bundle", bundle.dir.toString(), id);
  }
}
