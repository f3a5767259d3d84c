package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** kill -9 of the process that started a shim loses no container, no log line and no exit status. */
class ShimSurvivalTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void theShimSurvivesItsLauncherBeingKilled() throws Exception {
    Path stateDir = shims.root.resolve("survivor");
    String script = "i=0; while [ $i -lt 40 ]; do echo line-$i; i=$((i+1)); sleep 0.1; done; exit 7";
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process jvm = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        ShimLauncherMain.class.getName(), shims.helper.toString(), "survivor", stateDir.toString(), script)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    shims.track(jvm.toHandle());
    String[] pids;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.US_ASCII))) {
      String line = r.readLine();
      assertThat(line).as("launcher JVM report").isNotNull();
      pids = line.split(" ");
    }
    ShimHandle h = new ShimHandle(new ShimPaths("survivor", stateDir), Long.parseLong(pids[0]), Long.parseLong(pids[1]));
    shims.track(h);

    jvm.destroyForcibly(); // SIGKILL
    jvm.waitFor();
    assertThat(ProcessHandle.of(h.shimPid()).map(ProcessHandle::isAlive)).hasValue(true);
    assertThat(ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive)).hasValue(true);

    ExitStatus status = ShimFixture.awaitExit(h, WAIT);
    assertThat(status.exitCode()).isEqualTo(7);
    List<String> lines = ShimFixture.log(h).stream().map(LogEntry::log).toList();
    assertThat(lines).isEqualTo(IntStream.range(0, 40).mapToObj(i -> "line-" + i + "\n").toList());
  }
}
