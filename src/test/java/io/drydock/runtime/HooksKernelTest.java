package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.spec.Hook;
import io.drydock.runtime.spec.Hooks;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime-namespace hooks run at their lifecycle points with the state on stdin. */
@KernelTest
class HooksKernelTest {
  @TempDir Path tmp;

  private Hook saveStateTo(Path file) {
    return new Hook("/bin/sh", List.of("sh", "-c", "cat > " + file), List.of("PATH=/usr/bin:/bin"), 10, null);
  }

  private Path bundle(Hooks hooks) throws Exception {
    return BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"),
        s -> new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), hooks, null, s.linux(), null));
  }

  @Test
  void createRuntimePoststartAndPoststopHooksGetTheState() throws Exception {
    Path created = tmp.resolve("created.json");
    Path started = tmp.resolve("started.json");
    Path stopped = tmp.resolve("stopped.json");
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("hooks");
    rt.create(id, bundle(new Hooks(null, List.of(saveStateTo(created)), null, null, List.of(saveStateTo(started)),
        List.of(saveStateTo(stopped)), null)), CreateOptions.defaults());
    int pid = rt.state(id).pid();
    JsonNode c = SpecCodec.mapper().readTree(Files.readString(created));
    assertThat(c.get("id").asText()).isEqualTo("hooks");
    assertThat(c.get("status").asText()).isEqualTo("creating");
    assertThat(c.get("pid").asInt()).isEqualTo(pid);
    assertThat(started).doesNotExist();
    rt.start(id);
    assertThat(SpecCodec.mapper().readTree(Files.readString(started)).get("status").asText()).isEqualTo("running");
    rt.kill(id, Signal.KILL, false);
    rt.awaitExit(id, Duration.ofSeconds(10));
    assertThat(stopped).doesNotExist();
    rt.delete(id, false);
    assertThat(SpecCodec.mapper().readTree(Files.readString(stopped)).get("status").asText()).isEqualTo("stopped");
  }

  @Test
  void aFailingCreateRuntimeHookFailsCreateAndLeavesNothing() throws Exception {
    Hook failing = new Hook("/bin/sh", List.of("sh", "-c", "exit 3"), null, null, null);
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("badhook");
    assertThatThrownBy(() -> rt.create(id, bundle(new Hooks(null, List.of(failing), null, null, null, null, null)),
        CreateOptions.defaults()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("createRuntime hook 0 (/bin/sh): exit status 3");
    assertThat(tmp.resolve("root/badhook")).doesNotExist();
    assertThat(rt.list()).isEmpty();
  }
}
