package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.User;
import io.drydock.testing.KernelTest;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exec joins every namespace and cgroup of the running init, with the process.json's ids. */
@KernelTest
class ExecKernelTest {
  @TempDir Path tmp;

  @Test
  void execSeesTheContainersNamespacesAndItsOwnIds() throws Exception {
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"));
    RuntimeId id = RuntimeId.of("exec");
    rt.create(id, bundle, CreateOptions.defaults());
    try {
      rt.start(id);
      int init = rt.state(id).pid();
      Path out = tmp.resolve("exec.out");
      Process p = new Process(false, null, new User(1234L, 5678L, null, null, null, null), List.of("sh", "-c",
          "echo pid1=$(cat /proc/1/comm); echo host=$(hostname); echo ids=$(id -u):$(id -g);"
              + " for n in pid net mnt ipc uts; do echo ns_$n=$(readlink /proc/self/ns/$n); done; exit 4"),
          null, List.of("PATH=/bin"), "/tmp", null, null, null, null, null, null, null);
      int code = rt.exec(id, p, new HelperSession.Stdio(Redirect.PIPE, Redirect.to(out.toFile()), Redirect.INHERIT));
      assertThat(code).isEqualTo(4);
      String text = Files.readString(out);
      assertThat(text).contains("pid1=sleep", "host=drydock-test", "ids=1234:5678");
      for (String ns : List.of("pid", "net", "mnt", "ipc", "uts")) {
        assertThat(text).contains("ns_" + ns + "=" + Files.readSymbolicLink(Path.of("/proc/" + init + "/ns/" + ns)));
      }
      assertThat(rt.pids(id)).hasSize(1).containsExactly(init);
    } finally {
      rt.delete(id, true);
    }
    assertThatThrownBy(() -> rt.exec(id, null, HelperSession.Stdio.inherit())).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void aSixtyFourCharacterIdUnderALongRootCreatesAndExecs() throws Exception {
    Path root = tmp.resolve("a-state-root-whose-path-alone-is-longer-than-what-a-unix-socket-address-can-hold");
    LinuxRuntime rt = new LinuxRuntime(root);
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"));
    RuntimeId id = RuntimeId.of((ProcessHandle.current().pid() + "-" + "0123456789abcdef".repeat(4)).substring(0, 64));
    assertThat(root.resolve(id.value()).resolve("exec-1234567-123456789012345.sock").toString()).hasSizeGreaterThan(107);
    rt.create(id, bundle, CreateOptions.defaults());
    try {
      rt.start(id);
      Path out = tmp.resolve("exec.out");
      Process p = new Process(false, null, new User(0L, 0L, null, null, null, null), List.of("sh", "-c", "echo in=$(hostname)"),
          null, List.of("PATH=/bin"), "/", null, null, null, null, null, null, null);
      assertThat(rt.exec(id, p, new HelperSession.Stdio(Redirect.PIPE, Redirect.to(out.toFile()), Redirect.INHERIT))).isZero();
      assertThat(Files.readString(out)).contains("in=drydock-test");
    } finally {
      rt.delete(id, true);
    }
    assertThat(root.resolve(id.value())).doesNotExist();
  }
}
