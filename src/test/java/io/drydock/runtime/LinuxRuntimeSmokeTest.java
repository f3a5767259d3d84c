package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@KernelTest
class LinuxRuntimeSmokeTest {
  @TempDir Path tmp;

  @Test
  void runsAProcessAndReturnsItsOutputAndExitCode() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c", "echo hello; exit 3"));
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    Path out = tmp.resolve("out");
    RuntimeId id = RuntimeId.of("smoke");
    rt.create(id, bundle, CreateOptions.defaults().withStdio(new HelperSession.Stdio(Redirect.PIPE, Redirect.to(out.toFile()), Redirect.INHERIT)));
    try {
      assertThat(rt.state(id).status()).isEqualTo("created");
      rt.start(id);
      assertThat(rt.awaitExit(id, Duration.ofSeconds(10))).hasValue(3);
      assertThat(Files.readString(out)).isEqualTo("hello\n");
      assertThat(rt.state(id).status()).isEqualTo("stopped");
    } finally {
      rt.delete(id, true);
    }
  }
}
