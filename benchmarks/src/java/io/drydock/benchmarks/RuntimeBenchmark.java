package io.drydock.benchmarks;

import io.drydock.cli.ProcessLaunch;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSession;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * drydock's runtime in-process, JIT warm: create + start + wait + delete of {@code /bin/true} on
 * the busybox bundle through {@link LinuxRuntime}, with its cgroup (default {@code drydock/ID}) and
 * state directory — the figure DESIGN.md compares with {@code crun run}. The state root is on
 * tmpfs ({@code /dev/shm}) or on disk ({@code /var/tmp}): state.json is fsynced, so the disk
 * variant shows what durability costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuntimeBenchmark {
  @Param({"tmpfs", "disk"})
  public String stateRoot;

  private BusyboxBundle bundle;
  private Path root;
  private LinuxRuntime runtime;
  private CreateOptions options;
  private final AtomicLong counter = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ProcessLaunch.preferVfork(); // before this JVM starts any process: the spawn drydock itself uses
    bundle = BusyboxBundle.create("/bin/true");
    root = Files.createTempDirectory(Path.of(stateRoot.equals("tmpfs") ? "/dev/shm" : "/var/tmp"), "drydock-bench-state-");
    runtime = new LinuxRuntime(root);
    options = CreateOptions.defaults().withStdio(new HelperSession.Stdio(Redirect.PIPE, Redirect.DISCARD, Redirect.DISCARD));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    bundle.close();
    Commands.deleteTree(root);
  }

  @Benchmark
  public int createStartWaitDelete() {
    RuntimeId id = RuntimeId.of("bench-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet());
    runtime.create(id, bundle.dir, options);
    runtime.start(id);
    int code = runtime.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
    runtime.delete(id, false);
    if (code != 0) {
      throw new IllegalStateException("/bin/true exited " + code);
    }
    return code;
  }
}
