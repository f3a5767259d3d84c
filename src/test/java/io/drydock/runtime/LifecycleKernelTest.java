package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle on real containers: wrong-state operations and bad input are refused, nothing is left. */
@KernelTest
class LifecycleKernelTest {
  @TempDir Path tmp;
  private LinuxRuntime rt;
  private Path root;

  @BeforeEach
  void setUp() {
    root = tmp.resolve("root");
    rt = new LinuxRuntime(root);
  }

  @AfterEach
  void nothingLeft() throws Exception {
    for (RuntimeId id : new StateStore(root).ids()) {
      rt.delete(id, true);
    }
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(tmp.toString());
  }

  private Path bundle(List<String> args, UnaryOperator<Spec> edit) throws Exception {
    return BusyboxBundle.create(Files.createDirectories(tmp.resolve("b" + System.nanoTime())), args, edit);
  }

  private void assertNoState(String id) {
    assertThat(Files.exists(root.resolve(id))).as("state dir of " + id).isFalse();
  }

  @Test
  void createStartKillDeleteFollowTheLifecycle() throws Exception {
    RuntimeId id = RuntimeId.of("life");
    rt.create(id, bundle(List.of("sleep", "30"), UnaryOperator.identity()), CreateOptions.defaults());
    int pid = rt.state(id).pid();
    assertThat(rt.state(id).status()).isEqualTo("created");
    assertThatThrownBy(() -> rt.create(id, tmp, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.NotFound.class).hasMessageContaining("config.json: no such file or directory");
    rt.start(id);
    assertThat(rt.state(id).status()).isEqualTo("running");
    assertThatThrownBy(() -> rt.start(id)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("cannot start an already running container");
    assertThatThrownBy(() -> rt.delete(id, false)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("cannot delete container life that is not stopped: running");
    assertThat(rt.list()).extracting(s -> s.id()).containsExactly("life");
    rt.kill(id, Signal.KILL, false);
    assertThat(rt.awaitExit(id, Duration.ofSeconds(10))).hasValue(137);
    assertThat(rt.state(id).status()).isEqualTo("stopped");
    assertThatThrownBy(() -> rt.kill(id, Signal.TERM, false)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("container not running");
    assertThatThrownBy(() -> rt.start(id)).hasMessage("cannot start a container that has stopped");
    rt.delete(id, false);
    assertNoState("life");
    assertThat(Files.exists(Path.of("/proc/" + pid))).isFalse();
    assertThatThrownBy(() -> rt.state(id)).isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("container \"life\" does not exist");
  }

  @Test
  void aDuplicateIdIsRefusedAndTheFirstContainerIsUntouched() throws Exception {
    RuntimeId id = RuntimeId.of("dup");
    Path b = bundle(List.of("sleep", "30"), UnaryOperator.identity());
    rt.create(id, b, CreateOptions.defaults());
    assertThatThrownBy(() -> rt.create(id, b, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.Conflict.class).hasMessage("container with id exists: dup");
    assertThat(rt.state(id).status()).isEqualTo("created");
    rt.delete(id, false);
    assertNoState("dup");
  }

  @Test
  void idsWithSlashesOrDotsAreRefused() {
    for (String bad : List.of("a/b", "..", ".", "../x", "", "a b")) {
      assertThatThrownBy(() -> RuntimeId.of(bad)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("invalid id format: " + bad);
    }
  }

  @Test
  void badBundlesAreRefusedClearlyAndLeaveNothing() throws Exception {
    Path malformed = bundle(List.of("true"), UnaryOperator.identity());
    Files.writeString(malformed.resolve("config.json"), "{\"ociVersion\": ");
    expectRefused("malformed", malformed, "config.json: malformed JSON");

    expectRefused("badns", bundle(List.of("true"), s -> withLinux(s, l -> new Linux(
        concat(l.namespaces(), new Namespace("blah", null, null)), null, null, null, null, null, null, null, null,
        null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null))),
        "config.json: linux.namespaces[5].type: unknown namespace type \"blah\"");

    Path noRootfs = bundle(List.of("true"), UnaryOperator.identity());
    try (Stream<Path> s = Files.walk(noRootfs.resolve("rootfs"))) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    expectRefused("norootfs", noRootfs, "config.json: root.path: rootfs (" + noRootfs.resolve("rootfs") + ") does not exist");

    expectRefused("nosource", bundle(List.of("true"), s -> new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(),
        null, concat(s.mounts(), new Mount("/data", "bind", "/nonexistent-drydock", List.of("rbind"), null, null, null)),
        null, null, s.linux(), null)), "config.json: mounts[7]: bind source /nonexistent-drydock does not exist");

    expectRefused("notfound", bundle(List.of("no-such-binary"), UnaryOperator.identity()),
        "exec: \"no-such-binary\": executable file not found in $PATH");
  }

  @Test
  void aStepFailingInTheHelperNamesTheStepAndLeavesNothing() throws Exception {
    Path b = bundle(List.of("true"), s -> new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null,
        concat(s.mounts(), new Mount("/weird", "nosuchfs", "none", null, null, null, null)), null, null, s.linux(), null));
    assertThatThrownBy(() -> rt.create(RuntimeId.of("stepfail"), b, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("mount none on /weird: No such device");
    assertNoState("stepfail");
  }

  private void expectRefused(String id, Path bundle, String message) {
    assertThatThrownBy(() -> rt.create(RuntimeId.of(id), bundle, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.class).hasMessageStartingWith(message);
    assertNoState(id);
  }

  private static <T> List<T> concat(List<T> list, T extra) {
    List<T> out = new ArrayList<>(list);
    out.add(extra);
    return out;
  }

  private static Spec withLinux(Spec s, UnaryOperator<Linux> edit) {
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null,
        edit.apply(s.linux()), null);
  }
}
