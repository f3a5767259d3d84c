package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.supervisor.shim.ExitStatus;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Poll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which processes a task of drydock's runtime keeps (spec/tasks.md, "Who is the container's
 * parent"): the shim and nothing else. The helper hands the init over to the shim once the init
 * waits for start and exits, so the init's parent is the shim — before start and while it runs —
 * and the only process of drydock's that mentions this test's directories is each task's shim.
 */
@KernelTest
class DrydockTaskProcessesTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path tmp;
  private final List<Tasks> supervisors = new ArrayList<>();
  private final List<Path> roots = new ArrayList<>();

  private Tasks supervisor(Path root) {
    Tasks t = SupervisedTasks.drydock(root.resolve("sv"), new LinuxRuntime(root.resolve("runtime")));
    supervisors.add(t);
    roots.add(root);
    return t;
  }

  /** A supervisor of the test's own finds every task it left, running or not, and removes it. */
  @AfterEach
  void cleanUp() {
    supervisors.forEach(Tasks::close);
    for (Path root : roots.stream().distinct().filter(Files::exists).toList()) {
      try (Tasks last = SupervisedTasks.drydock(root.resolve("sv"), new LinuxRuntime(root.resolve("runtime")))) {
        for (TaskInfo t : last.list()) {
          last.delete(t.id(), true);
        }
      }
    }
  }

  private String id(String name) {
    return name + "-" + Long.toHexString(System.nanoTime() & 0xffffffL);
  }

  private TaskSpec spec(String id, Path bundle) {
    return new TaskSpec(id, bundle, false, false, false, TaskLog.unbounded(tmp.resolve("logs").resolve(id + "-json.log")));
  }

  @Test
  void eachTaskKeepsOneProcessItsShimWhichIsTheInitsParentFromCreateOn() throws Exception {
    Tasks tasks = supervisor(tmp);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = id("one" + i);
      ids.add(id);
      tasks.create(spec(id, TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "sleep", "60")));
      long init = tasks.info(id).pid();
      long shim = shimPid(id);
      awaitTrue(() -> parentOf(init) == shim, "the created init " + init + " of " + id + " has the shim " + shim + " as parent");
      assertThat(tasks.info(id).status()).isEqualTo(TaskStatus.CREATED);
    }
    ids.forEach(tasks::start);
    for (String id : ids) {
      long init = tasks.info(id).pid();
      long shim = shimPid(id);
      assertThat(parentOf(init)).as("parent of the running init of " + id).isEqualTo(shim);
      assertThat(childrenOf(shim)).as("children of the shim of " + id).containsExactly(init);
      assertThat(tasks.info(id).status()).isEqualTo(TaskStatus.RUNNING);
    }
    List<String> ours = processesMentioning(tmp);
    assertThat(ours).as("drydock's processes for 3 running tasks").hasSize(3).allMatch(argv -> argv.contains(" shim "));
  }

  /**
   * The shim starts while the runtime plans (its command held until the helper's argv is known):
   * a create the runtime refuses before it needs the helper ends that shim too, leaving nothing.
   */
  @Test
  void aCreateTheRuntimeRefusesBeforeItNeedsTheHelperLeavesNoShimAndNoDirectory() throws Exception {
    Tasks tasks = supervisor(tmp);
    String id = id("refused");
    Path bundle = TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "sleep", "60");
    Path config = bundle.resolve("config.json");
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(config));
    ((ObjectNode) root.get("process")).put("terminal", true);
    Files.write(config, new ObjectMapper().writeValueAsBytes(root));
    assertThatThrownBy(() -> tasks.create(spec(id, bundle))).hasMessageContaining("process.terminal");
    assertThat(tmp.resolve("sv").resolve("tasks").resolve(id)).doesNotExist();
    assertThat(processesMentioning(tmp)).isEmpty();
    assertThat(tasks.list()).isEmpty();
  }

  /** A create whose helper fails (a mount source that does not exist) leaves no shim writing into a removed directory. */
  @Test
  void aCreateWhoseHelperFailsLeavesNoShimAndNoDirectory() throws Exception {
    Tasks tasks = supervisor(tmp);
    for (int i = 0; i < 5; i++) {
      String id = id("helper-fails" + i);
      Path bundle = TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "true");
      Path config = bundle.resolve("config.json");
      ObjectNode root = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(config));
      ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("mounts")).addObject().put("destination", "/missing")
          .put("type", "bind").put("source", tmp.resolve("no-such-source").toString()).putArray("options").add("bind");
      Files.write(config, new ObjectMapper().writeValueAsBytes(root));
      assertThatThrownBy(() -> tasks.create(spec(id, bundle))).hasMessageContaining("no-such-source");
      assertThat(tmp.resolve("sv").resolve("tasks").resolve(id)).doesNotExist();
    }
    assertThat(processesMentioning(tmp)).isEmpty();
    assertThat(tasks.list()).isEmpty();
  }

  /**
   * A daemon killed after the task's shim started (its command held) but before the runtime needed
   * the helper leaves a task with a shim and nothing of the runtime's: the next supervisor finds it
   * created, and a forced delete ends the shim and removes it.
   */
  @Test
  void aCreateCutShortBeforeTheHelperStartedCanBeDeletedByTheNextSupervisor() throws Exception {
    String id = id("cut");
    Path dir = Files.createDirectories(tmp.resolve("sv").resolve("tasks").resolve(id));
    Path bundle = TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "true");
    new TaskRecord(id, bundle.toString(), false, false, false, tmp.resolve("logs").resolve(id + "-json.log").toString(),
        TaskBundles.cgroupPath(id), false, 0, null).save(dir);
    io.drydock.supervisor.shim.ShimLauncher.bundled().start(
        io.drydock.supervisor.shim.ShimSpec.of(id, dir, DrydockShimmedRuntime.HELD_COMMAND).withStartHeld().withAdoptedInit());
    Tasks next = supervisor(tmp);
    assertThat(next.info(id).status()).isEqualTo(TaskStatus.CREATED);
    next.delete(id, true);
    assertThat(dir).doesNotExist();
    awaitTrue(() -> {
      try {
        return processesMentioning(tmp).isEmpty();
      } catch (IOException e) {
        return false;
      }
    }, "no process of the cut-short create left");
  }

  /** CVE-2019-5736 under a shim: the init runs from a sealed in-memory copy, never the helper on disk. */
  @Test
  void theInitStartedUnderAShimRunsFromASealedCopy() throws Exception {
    Tasks tasks = supervisor(tmp);
    String id = id("sealed");
    tasks.create(spec(id, TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "sleep", "60")));
    Path exe = Path.of("/proc/" + tasks.info(id).pid() + "/exe");
    assertThat(Files.readSymbolicLink(exe).toString()).startsWith("/memfd:drydock-helper");
    assertThatThrownBy(() -> Files.newOutputStream(exe, StandardOpenOption.WRITE).close()).isInstanceOf(IOException.class);
  }

  /**
   * The shim runs from the JVM's sealed copy of the helper, so its held child becomes the runtime's
   * helper without an execve (shim_child.c): the created init, a clone of that helper, still bears
   * the name the child gave itself, which an exec would have replaced by the file's (a number under
   * /proc/<jvm>/fd). Both the shim and the init map only the sealed copy.
   */
  @Test
  void theShimsChildBecomesTheHelperWithoutExecutingItAgain() throws Exception {
    Tasks tasks = supervisor(tmp);
    String id = id("noexec");
    tasks.create(spec(id, TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "sleep", "60")));
    long init = tasks.info(id).pid();
    long shim = shimPid(id);
    assertThat(Files.readString(Path.of("/proc/" + shim + "/comm")).strip()).isEqualTo("drydock-shim");
    assertThat(Files.readSymbolicLink(Path.of("/proc/" + shim + "/exe")).toString()).startsWith("/memfd:drydock-helper");
    assertThat(Files.readString(Path.of("/proc/" + init + "/comm")).strip()).isEqualTo("drydock-init");
    tasks.start(id);
    awaitTrue(() -> comm(init).equals("sleep"), "the started init " + init + " runs the container's command");
  }

  private static String comm(long pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void theInitsOwnStatusIsRecordedByTheShimWhileNoSupervisorRuns() throws Exception {
    Tasks tasks = supervisor(tmp);
    String id = id("sig");
    tasks.create(spec(id, TaskBundles.create(tmp.resolve("bundles").resolve(id), id, "sleep", "60")));
    tasks.start(id);
    long init = tasks.info(id).pid();
    tasks.close();
    ProcessHandle.of(init).orElseThrow().destroyForcibly();
    Path exitFile = tmp.resolve("sv").resolve("tasks").resolve(id).resolve("exit.json");
    awaitTrue(() -> Files.exists(exitFile), "exit.json of " + id);
    ExitStatus recorded = ExitStatus.read(exitFile).orElseThrow();
    assertThat(recorded.exitCode()).isEqualTo(137);
    assertThat(recorded.signal()).isEqualTo(9);
    TaskExit found = supervisor(tmp).exited(id).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(found.exitCode()).isEqualTo(137);
    assertThat(found.signal()).hasValue(9);
  }

  /**
   * The daemon reaches a long exec root through a /run/dd-&lt;hash&gt; symlink and removes it when it
   * stops: a container OOM-killed meanwhile must still be recorded (137), not lost (255).
   */
  @Test
  void anOomKillWhileTheStatePathIsGoneIsRecordedAs137AndFoundByTheNextSupervisor() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    Tasks tasks = supervisor(link);
    String id = id("oom-gone");
    Path bundle = TaskBundles.createWithMemoryLimit(tmp.resolve("bundles").resolve(id), id, 16L << 20,
        "sh", "-c", "sleep 0.5; a=$(head -c 100000000 /dev/zero | tr '\\0' x); echo survived");
    tasks.create(spec(id, bundle));
    tasks.start(id);
    long init = tasks.info(id).pid();
    tasks.close();
    Files.delete(link);
    ProcessHandle.of(init).ifPresent(p -> p.onExit().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join());
    Path exitFile = real.resolve("sv").resolve("tasks").resolve(id).resolve("exit.json");
    awaitTrue(() -> Files.exists(exitFile), "exit.json of " + id + " in the directory the shim started in");
    Files.createSymbolicLink(link, real);
    TaskExit exit = supervisor(link).exited(id).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(exit.exitCode()).isEqualTo(137);
    assertThat(exit.oomKilled()).isTrue();
  }

  private long shimPid(String id) throws IOException {
    return Long.parseLong(Files.readString(tmp.resolve("sv").resolve("tasks").resolve(id).resolve("shim.pid")).strip());
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    Poll.require(WAIT, what, condition);
  }

  private static long parentOf(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    } catch (IOException e) {
      return -1;
    }
  }

  private static List<Long> childrenOf(long pid) throws IOException {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
          .map(Long::parseLong).filter(p -> parentOf(p) == pid).toList();
    }
  }

  /** The argv (joined by spaces) of every process whose command line names a path under {@code dir}. */
  private static List<String> processesMentioning(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
        try {
          String argv = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
          if (argv.contains(dir.toString())) {
            out.add(argv);
          }
        } catch (IOException e) {
          // the process ended meanwhile
        }
      }
    }
    return out;
  }
}
