package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.DefaultProfiles;
import io.drydock.runtime.seccomp.SeccompProfile;
import io.drydock.runtime.seccomp.SyscallRule;
import io.drydock.runtime.spec.Seccomp;
import io.drydock.runtime.spec.Syscall;
import io.drydock.runtime.spec.SyscallArg;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linux.seccomp} in config.json is compiled and installed by the runtime: a profile denying
 * mkdir gives EPERM while other calls work; Docker's default profile, written into the config as
 * dockerd would, lets a shell run and denies unshare to a container without CAP_SYS_ADMIN.
 */
@KernelTest
class SeccompConfigKernelTest {
  private static final Set<String> BUSYBOX_CAPS = Set.of("CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE");
  @TempDir Path tmp;

  /** A typed profile as the OCI config object dockerd would write. */
  static Seccomp toOci(SeccompProfile p) {
    List<Syscall> syscalls = p.syscalls().stream().map(SeccompConfigKernelTest::toOci).toList();
    return new Seccomp(p.defaultAction().name(),
        p.defaultErrnoRet().isPresent() ? Long.valueOf(p.defaultErrnoRet().getAsInt()) : null,
        p.architectures().stream().map(Arch::ociName).toList(), List.of(), null, null, syscalls, Map.of());
  }

  private static Syscall toOci(SyscallRule r) {
    List<SyscallArg> args = r.args().stream()
        .map(a -> new SyscallArg(a.index(), a.value(), a.valueTwo(), a.op().name(), Map.of())).toList();
    return new Syscall(r.names(), r.action().name(), r.errnoRet().isPresent() ? Long.valueOf(r.errnoRet().getAsInt()) : null,
        args, Map.of());
  }

  private ContainerRun.Result run(String name, List<String> args, Seccomp seccomp) throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve(name)), args,
        s -> seccomp == null ? s : SpecEdits.seccomp(s, seccomp));
    return ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of(name), bundle, tmp);
  }

  @Test
  void aProfileInTheConfigDeniesMkdirWithEpermAndAllowsTheRest() throws Exception {
    Seccomp denyMkdir = new Seccomp("SCMP_ACT_ALLOW", null, null, null, null, null,
        List.of(new Syscall(List.of("mkdir", "mkdirat"), "SCMP_ACT_ERRNO", 1L, null, Map.of())), Map.of());
    ContainerRun.Result r = run("deny-mkdir",
        List.of("sh", "-c", "mkdir /dev/shm/d && echo made || echo denied; touch /dev/shm/f && echo touched"), denyMkdir);
    assertThat(r.out()).isEqualTo("denied\ntouched\n");
    assertThat(r.err()).contains("Operation not permitted");
  }

  @Test
  void dockersDefaultProfileRunsAShellAndDeniesUnshare() throws Exception {
    List<String> script = List.of("sh", "-c", "echo ok; /bin/busybox unshare -U true && echo unshared || echo refused");
    ContainerRun.Result without = run("no-profile", script, null);
    assertThat(without.out()).as("control run without seccomp: %s", without).isEqualTo("ok\nunshared\n");
    ContainerRun.Result with = run("docker-profile", script, toOci(DefaultProfiles.docker(BUSYBOX_CAPS, Arch.host())));
    assertThat(with.exitCode()).isZero();
    assertThat(with.out()).isEqualTo("ok\nrefused\n");
    assertThat(with.err()).contains("Operation not permitted");
  }

  @Test
  void aBadProfileIsRefusedNamingTheFieldAndLeavesNothing() throws Exception {
    Seccomp bad = new Seccomp("SCMP_ACT_ALLOW", null, null, null, null, null,
        List.of(new Syscall(List.of("mkdir"), "SCMP_ACT_SOMETIMES", null, null, Map.of())), Map.of());
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("bad")), List.of("true"), s -> SpecEdits.seccomp(s, bad));
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rt.create(RuntimeId.of("bad"), bundle, CreateOptions.defaults()))
        .isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class)
        .hasMessageStartingWith("config.json: linux.seccomp.syscalls[0].action: unknown seccomp action \"SCMP_ACT_SOMETIMES\"");
    assertThat(rt.list()).isEmpty();
    assertThat(Path.of("/sys/fs/cgroup/memory/drydock/bad")).doesNotExist();
  }
}
