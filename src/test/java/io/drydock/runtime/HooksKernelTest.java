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
  /** Ids (and so cgroups) unique per JVM: other builds on this machine run the same tests. */
  private static final String P = "-" + ProcessHandle.current().pid();
  @TempDir Path tmp;

  private Hook saveStateTo(Path file) {
    return new Hook("/bin/sh", List.of("sh", "-c", "cat > " + file), List.of("PATH=/usr/bin:/bin"), 10, null);
  }

  private Path bundle(Hooks hooks) throws Exception {
    Path b = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"),
        s -> new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), hooks, null, s.linux(), null));
    Files.copy(b.resolve("config.json"), b.resolve("config.json.keep"));
    return b;
  }

  @Test
  void createRuntimePoststartAndPoststopHooksGetTheState() throws Exception {
    Path created = tmp.resolve("created.json");
    Path started = tmp.resolve("started.json");
    Path stopped = tmp.resolve("stopped.json");
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("hooks" + P);
    rt.create(id, bundle(new Hooks(null, List.of(saveStateTo(created)), null, null, List.of(saveStateTo(started)),
        List.of(saveStateTo(stopped)), null)), CreateOptions.defaults());
    int pid = rt.state(id).pid();
    JsonNode c = SpecCodec.mapper().readTree(Files.readString(created));
    assertThat(c.get("id").asText()).isEqualTo("hooks" + P);
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
  void aFailingHookSaysWhatItWroteToStderr() throws Exception {
    Hook failing = new Hook("/bin/sh", List.of("sh", "-c", "echo no GPU found >&2; exit 7"), null, null, null);
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("stderrhook" + P);
    assertThatThrownBy(() -> rt.create(id, bundle(new Hooks(null, List.of(failing), null, null, null, null, null)),
        CreateOptions.defaults()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("createRuntime hook 0 (/bin/sh): exit status 7, stderr: no GPU found");
    assertThat(rt.list()).isEmpty();
  }

  @Test
  void aFailingCreateRuntimeHookFailsCreateAndLeavesNothing() throws Exception {
    Hook failing = new Hook("/bin/sh", List.of("sh", "-c", "exit 3"), null, null, null);
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("badhook" + P);
    assertThatThrownBy(() -> rt.create(id, bundle(new Hooks(null, List.of(failing), null, null, null, null, null)),
        CreateOptions.defaults()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("createRuntime hook 0 (/bin/sh): exit status 3");
    assertThat(tmp.resolve("root/badhook" + P)).doesNotExist();
    assertThat(rt.list()).isEmpty();
  }

  private static Hook sh(String script, Integer timeout) {
    return new Hook("/bin/sh", List.of("sh", "-c", script), List.of("PATH=/usr/bin:/bin"), timeout, null);
  }

  @Test
  void prestartAndCreateContainerRunAfterTheMountsBeforePivotRootStartContainerInsideBeforeExec() throws Exception {
    Path hostRoot = tmp.resolve("prestart.root");
    Path cc = tmp.resolve("cc");
    Hook prestart = sh("s=$(tr -d ' \\n'); pid=$(echo \"$s\" | sed 's/.*\"pid\":\\([0-9]*\\).*/\\1/');"
        + " readlink /proc/$pid/root > " + hostRoot, 10);
    Hook createContainer = sh("cat > " + cc + ".json; readlink /proc/self/ns/mnt > " + cc + ".mnt;"
        + " test -e " + tmp.resolve("b/rootfs/proc/self/status") + " && echo mounted > " + cc + ".proc", 10);
    Hook startContainer = sh("cat > /dev/shm/sc.json; readlink /proc/self/ns/mnt > /dev/shm/sc.mnt", 10);
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("inhooks" + P);
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "echo sc=$(cat /dev/shm/sc.json | tr -d ' \\n'); echo mnt=$(cat /dev/shm/sc.mnt)"),
        s -> new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(),
            new Hooks(List.of(prestart), null, List.of(createContainer), List.of(startContainer), null, null, null),
            null, s.linux(), null));
    Path out = tmp.resolve("out");
    rt.create(id, bundle, CreateOptions.defaults().withStdio(new HelperSession.Stdio(java.lang.ProcessBuilder.Redirect.PIPE,
        java.lang.ProcessBuilder.Redirect.to(out.toFile()), java.lang.ProcessBuilder.Redirect.INHERIT)));
    try {
      int pid = rt.state(id).pid();
      String initMnt = Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/mnt")).toString();
      assertThat(Files.readString(hostRoot).trim()).as("prestart sees the init before pivot_root").isEqualTo("/");
      JsonNode c = SpecCodec.mapper().readTree(Files.readString(Path.of(cc + ".json")));
      assertThat(c.get("status").asText()).isEqualTo("creating");
      assertThat(c.get("pid").asInt()).as("the init's pid in its own namespace, as runc gives it").isEqualTo(1);
      assertThat(c.get("id").asText()).isEqualTo("inhooks" + P);
      assertThat(Files.readString(Path.of(cc + ".mnt")).trim()).isEqualTo(initMnt);
      assertThat(Files.readString(Path.of(cc + ".proc")).trim()).isEqualTo("mounted");
      assertThat(Path.of("/proc/" + pid + "/root/dev/shm/sc.json")).as("startContainer waits for start").doesNotExist();
      rt.start(id);
      assertThat(rt.awaitExit(id, Duration.ofSeconds(10))).hasValue(0);
      String text = Files.readString(out);
      assertThat(text).contains("sc={\"ociVersion\"", "\"status\":\"created\"", "\"pid\":1,", "mnt=" + initMnt);
    } finally {
      rt.delete(id, true);
    }
  }

  @Test
  void aFailingOrHangingCreateContainerHookFailsCreateAndLeavesNothing() throws Exception {
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("badcc" + P);
    Path failing = bundle(new Hooks(null, null, List.of(sh("exit 5", null)), null, null, null, null));
    assertThatThrownBy(() -> rt.create(id, failing, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("createContainer hook 0 (/bin/sh): exit status 5");
    assertThat(tmp.resolve("root/badcc" + P)).doesNotExist();
    Files.delete(failing.resolve("config.json"));
    Files.writeString(failing.resolve("config.json"), SpecCodec.write(withHooks(SpecCodec.read(tmp.resolve("b/config.json.keep")),
        new Hooks(null, null, List.of(sh("sleep 30", 1)), null, null, null, null))));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> rt.create(id, failing, CreateOptions.defaults()))
        .hasMessage("createContainer hook 0 (/bin/sh): timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(rt.list()).isEmpty();
  }

  @Test
  void aFailingStartContainerHookFailsStartAndTheProcessNeverRuns() throws Exception {
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    RuntimeId id = RuntimeId.of("badsc" + P);
    rt.create(id, bundle(new Hooks(null, null, null, List.of(sh("exit 4", 5)), null, null, null)), CreateOptions.defaults());
    try {
      assertThatThrownBy(() -> rt.start(id)).hasMessage("startContainer hook 0 (/bin/sh): exit status 4");
      rt.awaitExit(id, Duration.ofSeconds(10));
      assertThat(rt.state(id).status()).isEqualTo("stopped");
    } finally {
      rt.delete(id, true);
    }
  }

  private static Spec withHooks(Spec s, Hooks hooks) {
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), hooks, null, s.linux(), null);
  }
}
