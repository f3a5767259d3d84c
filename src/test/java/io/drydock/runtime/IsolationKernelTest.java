package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Root;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.User;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads back, from inside a real container, the isolation its plan promised. */
@KernelTest
class IsolationKernelTest {
  private static final String FACTS = String.join("; ",
      "echo pid=$$", "echo hostname=$(hostname)",
      "for n in pid net mnt ipc uts; do echo ns_$n=$(readlink /proc/self/ns/$n); done",
      "grep -E '^(CapEff|CapBnd|CapPrm|CapAmb|NoNewPrivs):' /proc/self/status | tr -d ' \\t' | tr ':' '='",
      "echo uid=$(id -u) gid=$(id -g) groups=$(id -G)", "echo loflags=$(cat /sys/class/net/lo/flags)",
      "echo oom=$(cat /proc/self/oom_score_adj)", "echo nofile=$(ulimit -n)",
      "echo kcore=$(cat /proc/kcore 2>/dev/null | wc -c)", "echo firmware=$(ls /sys/firmware | wc -l)",
      "(echo 1 > /proc/sysrq-trigger) 2>/dev/null && echo sysrq=writable || echo sysrq=denied",
      "(echo x > /proc/sys/kernel/domainname) 2>/dev/null && echo procsys=writable || echo procsys=denied",
      "touch /newfile 2>/dev/null && echo rootfs=writable || echo rootfs=denied",
      "echo cwd=$(pwd)", "echo cwdlink=$(readlink /proc/$$/cwd)");

  @TempDir Path tmp;
  private LinuxRuntime rt;

  @BeforeEach
  void setUp() {
    rt = new LinuxRuntime(tmp.resolve("root"));
  }

  @Test
  void theInitSeesThePromisedIsolation() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", FACTS + "; echo forward=$(cat /proc/sys/net/ipv4/ip_forward)"), s -> {
          Linux l = s.linux();
          return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, new Linux(
              l.namespaces(), null, null, null, null, null, null, null, null, Map.of("net.ipv4.ip_forward", "1"),
              l.maskedPaths(), l.readonlyPaths(), null, null, null, null), null);
        });
    ContainerRun.Result r = ContainerRun.run(rt, RuntimeId.of("iso"), bundle, tmp);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    Map<String, String> f = r.facts();
    assertThat(f).containsEntry("pid", "1").containsEntry("hostname", "drydock-test");
    for (String ns : List.of("pid", "net", "mnt", "ipc", "uts")) {
      assertThat(f.get("ns_" + ns)).startsWith(ns.equals("mnt") ? "mnt:[" : ns + ":[")
          .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/" + ns)).toString());
    }
    assertThat(f).containsEntry("CapBnd", "0000000020000420").containsEntry("CapEff", "0000000020000420")
        .containsEntry("CapPrm", "0000000020000420").containsEntry("NoNewPrivs", "1");
    assertThat(f).containsEntry("uid", "0 gid=0 groups=0").containsEntry("nofile", "1024");
    assertThat(f).containsEntry("loflags", "0x9").containsEntry("forward", "1");
    assertThat(f).containsEntry("kcore", "0").containsEntry("firmware", "0");
    assertThat(f).containsEntry("sysrq", "denied").containsEntry("procsys", "denied").containsEntry("rootfs", "denied");
    assertThat(f).containsEntry("cwd", "/").containsEntry("cwdlink", "/");
  }

  @Test
  void aNonRootUserGetsItsIdsGroupsCwdAndNoCapabilities() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c", FACTS), s -> {
      Process p = s.process();
      Process user = new Process(false, null, new User(1000L, 1001L, null, List.of(10L, 20L), null, null), p.args(),
          null, p.env(), "/tmp", p.capabilities(), p.rlimits(), false, null, 500, null, null);
      Linux l = s.linux();
      Linux noUts = new Linux(l.namespaces().stream().filter(n -> !n.type().equals("uts")).toList(), null, null, null,
          null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null);
      return new Spec(s.ociVersion(), user, new Root("rootfs", false, null), null, null, s.mounts(), null, null, noUts, null);
    });
    ContainerRun.Result r = ContainerRun.run(rt, RuntimeId.of("user"), bundle, tmp);
    Map<String, String> f = r.facts();
    assertThat(f).containsEntry("uid", "1000 gid=1001 groups=1001 10 20");
    assertThat(f).containsEntry("CapEff", "0000000000000000").containsEntry("CapBnd", "0000000020000420")
        .containsEntry("NoNewPrivs", "0");
    assertThat(f).containsEntry("cwd", "/tmp").containsEntry("cwdlink", "/tmp").containsEntry("oom", "500");
    assertThat(f.get("ns_uts")).isEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/uts")).toString());
    assertThat(f).containsEntry("rootfs", "denied");
  }

  @Test
  void theCreatedInitRunsFromASealedCopyAndTheStartedOneHoldsNoHostFd() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"));
    RuntimeId id = RuntimeId.of("fds");
    rt.create(id, bundle, CreateOptions.defaults().withStdio(HelperSession.Stdio.inherit()));
    try {
      int pid = rt.state(id).pid();
      Path exe = Path.of("/proc/" + pid + "/exe");
      assertThat(Files.readSymbolicLink(exe).toString()).startsWith("/memfd:drydock-helper");
      assertThatThrownBy(() -> Files.newOutputStream(exe, StandardOpenOption.WRITE).close())
          .isInstanceOf(java.io.IOException.class);
      rt.start(id);
      assertThat(rt.state(id).status()).isEqualTo("running");
      try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
        assertThat(fds.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("0", "1", "2");
      }
      assertThat(Files.isSameFile(Path.of("/proc/" + pid + "/cwd"), Path.of("/proc/" + pid + "/root"))).isTrue();
    } finally {
      rt.delete(id, true);
    }
  }

  @Test
  void aJoinedNamespaceIsTheOneGivenAndTheOthersAreNew() throws Exception {
    String hostIpc = "/proc/" + ProcessHandle.current().pid() + "/ns/ipc";
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c", FACTS), s -> {
      Linux l = s.linux();
      List<io.drydock.runtime.spec.Namespace> ns = l.namespaces().stream()
          .map(n -> n.type().equals("ipc") ? new io.drydock.runtime.spec.Namespace("ipc", hostIpc, null) : n).toList();
      return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, new Linux(ns,
          null, null, null, null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null), null);
    });
    Map<String, String> f = ContainerRun.run(rt, RuntimeId.of("join"), bundle, tmp).facts();
    assertThat(f.get("ns_ipc")).isEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/ipc")).toString());
    assertThat(f.get("ns_net")).isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString());
  }

  @Test
  void aUserNamespaceMapsTheContainersRootToAnUnprivilegedHostId() throws Exception {
    // the mapped root must be able to reach the bundle, as with runc
    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c",
        FACTS + "; echo uidmap=$(cat /proc/self/uid_map | tr -s ' ' | tr ' ' '_')"), s -> {
      Linux l = s.linux();
      List<io.drydock.runtime.spec.Namespace> ns = new java.util.ArrayList<>(l.namespaces());
      ns.add(new io.drydock.runtime.spec.Namespace("user", null, null));
      List<io.drydock.runtime.spec.IdMapping> map = List.of(new io.drydock.runtime.spec.IdMapping(0L, 200000L, 65536L, null));
      return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, new Linux(ns,
          map, map, null, null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null), null);
    });
    RuntimeId id = RuntimeId.of("userns");
    Path out = tmp.resolve("userns.out");
    rt.create(id, bundle, CreateOptions.defaults().withStdio(new HelperSession.Stdio(java.lang.ProcessBuilder.Redirect.PIPE,
        java.lang.ProcessBuilder.Redirect.to(out.toFile()), java.lang.ProcessBuilder.Redirect.INHERIT)));
    try {
      int pid = rt.state(id).pid();
      String status = Files.readString(Path.of("/proc/" + pid + "/status"));
      assertThat(status).containsPattern("Uid:\\s+200000\\s");
      rt.start(id);
      assertThat(rt.awaitExit(id, java.time.Duration.ofSeconds(10))).hasValue(0);
    } finally {
      rt.delete(id, true);
    }
    Map<String, String> f = new ContainerRun.Result(0, Files.readString(out), "").facts();
    assertThat(f).containsEntry("pid", "1").containsEntry("uidmap", "_0_200000_65536").containsEntry("uid", "0 gid=0 groups=0");
    assertThat(f.get("ns_pid")).isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString());
  }
}
