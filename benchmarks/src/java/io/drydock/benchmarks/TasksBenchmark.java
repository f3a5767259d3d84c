package io.drydock.benchmarks;

import io.drydock.runtime.LinuxRuntime;
import io.drydock.supervisor.task.SupervisedTasks;
import io.drydock.supervisor.task.TaskLog;
import io.drydock.supervisor.task.TaskSpec;
import io.drydock.supervisor.task.Tasks;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Supervisor level: create + start + wait + delete of a {@code /bin/true} task through
 * {@link SupervisedTasks} (shim + runtime), to compare with the runtime's own cost
 * ({@code PeerRuntimeBenchmark}, the in-process runtime benchmarks). The runtime under the shim is
 * drydock's own (in-process) or an OCI runtime binary found on PATH (runc, crun): the same
 * supervisor over three runtimes. containerd's own figure is not here: its {@code ctr} would add a
 * gRPC client process per task, and containerd is present only as dockerd's private child, whose
 * cost shows in {@code ApiRunBenchmark [dockerd]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TasksBenchmark {
  /** "drydock" (in-process runtime) or the name of an OCI runtime binary on PATH. */
  @Param({"drydock", "runc"})
  public String runtime;

  private BusyboxBundle bundle;
  private Path root;
  private Tasks tasks;
  private final AtomicLong counter = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    bundle = BusyboxBundle.create("/bin/true");
    root = Files.createTempDirectory("dd-bt-");
    tasks = runtime.equals("drydock")
        ? SupervisedTasks.drydock(root.resolve("sv"), new LinuxRuntime(root.resolve("rt")))
        : SupervisedTasks.binary(root.resolve("sv"), Commands.which(runtime), root.resolve("rt"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    tasks.close();
    bundle.close();
    Commands.deleteTree(root);
  }

  @Benchmark
  public int createStartWaitDelete() throws Exception {
    String id = "b" + counter.incrementAndGet();
    tasks.create(new TaskSpec(id, bundle.dir, false, false, false, TaskLog.unbounded(root.resolve("logs").resolve(id + ".log"))));
    tasks.start(id);
    int code = tasks.exited(id).get(10, TimeUnit.SECONDS).exitCode();
    tasks.delete(id, false);
    return code;
  }
}
