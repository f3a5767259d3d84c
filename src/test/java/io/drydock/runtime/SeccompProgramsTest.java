package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.DefaultProfiles;
import io.drydock.runtime.seccomp.SeccompCompiler;
import io.drydock.runtime.seccomp.SeccompProfile;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A profile equal to a recent one gets the same program a fresh compile would give, without compiling again. */
class SeccompProgramsTest {
  private static final Arch ARCH = Arch.X86_64;

  @Test
  void anEqualProfileReusesTheProgramAFreshCompileWouldGive() {
    SeccompProfile first = DefaultProfiles.docker(Set.of("CAP_CHOWN"), ARCH);
    SeccompProfile equal = DefaultProfiles.docker(Set.of("CAP_CHOWN"), ARCH);

    byte[] a = SeccompPrograms.compiled(first, ARCH);
    byte[] b = SeccompPrograms.compiled(equal, ARCH);

    assertThat(b).isSameAs(a);
    assertThat(a).isEqualTo(SeccompCompiler.compile(equal, ARCH).bytes());
  }

  @Test
  void aDifferentProfileGetsItsOwnProgram() {
    SeccompProfile plain = DefaultProfiles.docker(Set.of(), ARCH);
    SeccompProfile admin = DefaultProfiles.docker(Set.of("CAP_SYS_ADMIN"), ARCH);

    byte[] p = SeccompPrograms.compiled(plain, ARCH);
    byte[] q = SeccompPrograms.compiled(admin, ARCH);

    assertThat(q).isNotEqualTo(p);
    assertThat(q).isEqualTo(SeccompCompiler.compile(admin, ARCH).bytes());
    assertThat(p).isEqualTo(SeccompCompiler.compile(plain, ARCH).bytes());
  }
}
