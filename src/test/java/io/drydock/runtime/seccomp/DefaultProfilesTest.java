package io.drydock.runtime.seccomp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultProfilesTest {
  private static final int ALLOW = 0x7fff_0000;
  private static final int EPERM = 0x0005_0001;
  private static final int ENOSYS = 0x0005_0026;
  private static final long CLONE_NEWNS = 0x0002_0000;
  private static final long SIGCHLD = 17;

  private static int verdict(Set<String> caps, Arch arch, String syscall, long... args) {
    SeccompProfile profile = DefaultProfiles.docker(caps, arch);
    int nr = SyscallTable.of(arch).number(syscall).orElseThrow();
    return BpfInterpreter.run(SeccompCompiler.compile(profile, arch), SeccompData.of(arch, nr, args));
  }

  @ParameterizedTest
  @EnumSource(value = Arch.class, names = {"X86_64", "AARCH64", "X86"})
  void allowsOrdinarySyscallsAndDeniesDangerousOnes(Arch arch) {
    assertThat(verdict(Set.of(), arch, "read")).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "write")).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "exit_group")).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "kexec_load")).isEqualTo(EPERM);
    assertThat(verdict(Set.of("CAP_SYS_ADMIN"), arch, "kexec_load")).isEqualTo(EPERM);
    assertThat(verdict(Set.of(), arch, "init_module")).isEqualTo(EPERM);
    assertThat(verdict(Set.of("CAP_SYS_MODULE"), arch, "init_module")).isEqualTo(ALLOW);
  }

  @ParameterizedTest
  @EnumSource(value = Arch.class, names = {"X86_64", "AARCH64"})
  void mountNeedsCapSysAdmin(Arch arch) {
    assertThat(verdict(Set.of("CAP_CHOWN", "CAP_NET_BIND_SERVICE"), arch, "mount")).isEqualTo(EPERM);
    assertThat(verdict(Set.of("CAP_SYS_ADMIN"), arch, "mount")).isEqualTo(ALLOW);
    assertThat(verdict(Set.of("sys_admin"), arch, "umount2")).isEqualTo(ALLOW);
  }

  @ParameterizedTest
  @EnumSource(value = Arch.class, names = {"X86_64", "AARCH64"})
  void cloneMayNotCreateNamespacesWithoutCapSysAdmin(Arch arch) {
    assertThat(verdict(Set.of(), arch, "clone", SIGCHLD)).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "clone", SIGCHLD | CLONE_NEWNS)).isEqualTo(EPERM);
    assertThat(verdict(Set.of("CAP_SYS_ADMIN"), arch, "clone", SIGCHLD | CLONE_NEWNS)).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "clone3")).isEqualTo(ENOSYS);
    assertThat(verdict(Set.of("CAP_SYS_ADMIN"), arch, "clone3")).isEqualTo(ALLOW);
  }

  @ParameterizedTest
  @EnumSource(value = Arch.class, names = {"X86_64", "AARCH64"})
  void personalityOnlyForTheLinuxPersonas(Arch arch) {
    assertThat(verdict(Set.of(), arch, "personality", 0)).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "personality", 0xffff_ffffL)).isEqualTo(ALLOW);
    assertThat(verdict(Set.of(), arch, "personality", 0x0040_0000)).isEqualTo(EPERM);
  }

  @ParameterizedTest
  @EnumSource(value = Arch.class, names = {"X86_64", "AARCH64"})
  void dockersProfileFitsTheKernelLimitWithEveryCapability(Arch arch) {
    Set<String> all = Set.of("CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_CHROOT", "CAP_SYS_MODULE", "CAP_SYS_PACCT",
        "CAP_SYS_PTRACE", "CAP_SYS_RAWIO", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_SYS_NICE", "CAP_SYSLOG",
        "CAP_BPF", "CAP_PERFMON", "CAP_DAC_READ_SEARCH");
    SeccompProfile profile = DefaultProfiles.docker(all, arch);
    assertThat(profile.syscalls()).hasSizeGreaterThan(10);
    assertThat(SeccompCompiler.compile(profile, arch).size()).isLessThanOrEqualTo(BpfProgram.MAX_INSTRUCTIONS);
    assertThat(SeccompCompiler.compile(DefaultProfiles.docker(Set.of(), arch), arch).size())
        .isLessThanOrEqualTo(BpfProgram.MAX_INSTRUCTIONS);
  }

  @org.junit.jupiter.api.Test
  void x86_64ProfileCoversI386AndX32Too() {
    SeccompProfile profile = DefaultProfiles.docker(Set.of(), Arch.X86_64);
    assertThat(profile.architectures()).containsExactly(Arch.X86_64, Arch.X86, Arch.X32);
    BpfProgram program = SeccompCompiler.compile(profile, Arch.X86_64);
    int i386Mount = SyscallTable.of(Arch.X86).number("mount").orElseThrow();
    int x32Mount = SyscallTable.of(Arch.X32).number("mount").orElseThrow();
    int i386Socketcall = SyscallTable.of(Arch.X86).number("socketcall").orElseThrow();
    assertThat(BpfInterpreter.run(program, SeccompData.of(Arch.X86, i386Mount))).isEqualTo(EPERM);
    assertThat(BpfInterpreter.run(program, SeccompData.of(Arch.X86_64, x32Mount))).isEqualTo(EPERM);
    assertThat(BpfInterpreter.run(program, SeccompData.of(Arch.X86, i386Socketcall))).isEqualTo(ALLOW);
  }
}
