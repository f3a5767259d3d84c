package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.supervisor.shim.JsonFileLogReader;
import io.drydock.supervisor.shim.LogEntry;
import io.drydock.supervisor.shim.LogQuery;
import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a supervisor JVM while its task runs: a new supervisor finds the task running, and
 * its exit and its complete log arrive.
 */
@KernelTest
class SupervisorKillTest {
  @TempDir Path tmp;
  private Tasks tasks;
  private Process jvm;

  @AfterEach
  void cleanUp() {
    if (jvm != null) {
      jvm.destroyForcibly();
    }
    if (tasks != null) {
      tasks.list().forEach(t -> tasks.delete(t.id(), true));
      tasks.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"drydock", "runc"})
  void aTaskSurvivesTheSupervisorsSigkill(String runtime) throws Exception {
    if (runtime.equals("runc")) {
      Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc on the PATH"));
    }
    String id = "k9-" + runtime;
    Path root = tmp.resolve("sv");
    Path log = tmp.resolve(id + "-json.log");
    Path bundle = TaskBundles.create(tmp.resolve("bundle"), id, "sh", "-c",
        "i=0; while [ $i -lt 20 ]; do echo line-$i; i=$((i+1)); sleep 0.05; done; exit 7");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    jvm = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), TaskSupervisorMain.class.getName(),
        runtime, root.toString(), id, bundle.toString(), log.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long pid;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.US_ASCII))) {
      String line = r.readLine();
      assertThat(line).as("supervisor JVM report").isNotNull();
      pid = Long.parseLong(line.strip());
    }
    jvm.destroyForcibly();
    assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();

    tasks = TaskSupervisorMain.open(runtime, root);
    TaskInfo found = tasks.info(id);
    assertThat(found.status()).isEqualTo(TaskStatus.RUNNING);
    assertThat(found.pid()).isEqualTo(pid);
    TaskExit exit = tasks.exited(id).get(30, TimeUnit.SECONDS);
    List<String> lines = new JsonFileLogReader(log).readAll(LogQuery.all()).stream().map(LogEntry::log).toList();
    assertThat(lines).isEqualTo(IntStream.range(0, 20).mapToObj(i -> "line-" + i + "\n").toList());
    assertThat(exit.exitCode()).isEqualTo(7);
  }
}
