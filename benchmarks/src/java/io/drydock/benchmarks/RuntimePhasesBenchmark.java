package io.drydock.benchmarks;

import io.drydock.cli.ProcessLaunch;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSession;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.runtime.cgroup.CgroupResources;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pieces of {@link RuntimeBenchmark}'s cycle measured alone, for the "where the milliseconds go"
 * paragraph: the JVM's own cost of spawning and reaping a process (the floor under the helper's
 * launch), the cgroup's create + destroy in every hierarchy of this host, and a create (helper
 * spawned, plan sent, clone, mounts, pivot_root, up to READY) followed by delete of the created
 * container (kill of the waiting init, cgroup and state removed) — everything of the full cycle
 * except start, the exec of {@code /bin/true} and its exit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RuntimePhasesBenchmark {
  private final AtomicLong counter = new AtomicLong();
  private BusyboxBundle bundle;
  private Path root;
  private LinuxRuntime runtime;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ProcessLaunch.preferVfork(); // before this JVM starts any process: the spawn drydock itself uses
    bundle = BusyboxBundle.create("/bin/true");
    root = Files.createTempDirectory(Path.of("/dev/shm"), "drydock-bench-state-");
    runtime = new LinuxRuntime(root);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    bundle.close();
    Commands.deleteTree(root);
  }

  @Benchmark
  public int createThenDeleteCreated() {
    RuntimeId id = RuntimeId.of("phase-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet());
    runtime.create(id, bundle.dir, CreateOptions.defaults().withStdio(
        new HelperSession.Stdio(Redirect.PIPE, Redirect.DISCARD, Redirect.DISCARD)));
    int pid = runtime.state(id).pid();
    runtime.delete(id, false);
    return pid;
  }

  @Benchmark
  public int jvmSpawnTrue() throws IOException, InterruptedException {
    return new ProcessBuilder("/bin/true").redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start().waitFor();
  }

  @Benchmark
  public boolean cgroupCreateDestroy() {
    CgroupManager m = CgroupManagers.onThisHost("drydock/phase-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet());
    m.create(CgroupResources.none());
    m.destroy();
    return m.exists();
  }
}
