package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.spec.Seccomp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeccompSpecsTest {
  private static final String PROFILE = """
      {"defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 1,
       "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"]},
                   {"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}],
       "syscalls": [
         {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
         {"name": "mount", "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
         {"names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 8, "op": "SCMP_CMP_EQ"}],
          "excludes": {"arches": ["amd64"]}},
         {"names": ["arch_prctl"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["SCMP_ARCH_X86_64"]}}
       ]}
      """;

  @Test
  void theDefaultProfileIsDockersNarrowedToTheCapabilities() {
    Seccomp plain = SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Default(), Capabilities.DEFAULT, false, Arch.X86_64);
    Seccomp admin = SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Default(), List.of("CAP_SYS_ADMIN"), false, Arch.X86_64);
    assertThat(plain.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
    assertThat(plain.architectures()).containsExactly("SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32");
    assertThat(names(plain)).contains("read", "clone").doesNotContain("unshare", "mount");
    assertThat(names(admin)).contains("unshare", "mount");
  }

  @Test
  void privilegedAndUnconfinedGetNoFilter() {
    assertThat(SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Default(), Capabilities.ALL, true, Arch.X86_64)).isNull();
    assertThat(SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Unconfined(), Capabilities.DEFAULT, false, Arch.X86_64)).isNull();
    assertThat(SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(PROFILE), Capabilities.ALL, true, Arch.X86_64)).isNull();
  }

  @Test
  void aDockerFormatProfileIsResolvedForTheArchAndCapabilities() {
    Seccomp s = SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(PROFILE), Capabilities.DEFAULT, false, Arch.X86_64);
    assertThat(s.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
    assertThat(s.defaultErrnoRet()).isEqualTo(1L);
    assertThat(s.architectures()).containsExactly("SCMP_ARCH_X86_64", "SCMP_ARCH_X86");
    assertThat(names(s)).containsExactly("read", "write", "arch_prctl");
    Seccomp arm = SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(PROFILE), List.of("SYS_ADMIN"), false, Arch.AARCH64);
    assertThat(arm.architectures()).containsExactly("SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM");
    assertThat(names(arm)).containsExactly("read", "write", "mount", "personality");
    assertThat(arm.syscalls().get(2).args()).singleElement().satisfies(a -> {
      assertThat(a.op()).isEqualTo("SCMP_CMP_EQ");
      assertThat(a.value()).isEqualTo(8L);
    });
  }

  @Test
  void securityOptionsAreParsedAndBadOnesRefused() {
    assertThat(SecurityOptions.parse(List.of()).seccomp()).isInstanceOf(SecurityOptions.Seccomp.Default.class);
    assertThat(SecurityOptions.parse(List.of("seccomp=unconfined", "no-new-privileges")))
        .isEqualTo(new SecurityOptions(true, new SecurityOptions.Seccomp.Unconfined()));
    assertThat(SecurityOptions.parse(List.of("seccomp:unconfined", "no-new-privileges=false")).noNewPrivileges()).isFalse();
    assertThat(SecurityOptions.parse(List.of("seccomp=" + PROFILE)).seccomp()).isEqualTo(new SecurityOptions.Seccomp.Custom(PROFILE));
    assertThat(SecurityOptions.parse(List.of("seccomp={\"defaultAction\":")).seccomp())
        .as("kept as sent: dockerd decodes the profile at the start").isEqualTo(new SecurityOptions.Seccomp.Custom("{\"defaultAction\":"));
    assertThatThrownBy(() -> SecurityOptions.parse(List.of("nosuch")))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("invalid --security-opt 1: \"nosuch\"");
    assertThatThrownBy(() -> SecurityOptions.parse(List.of("seccomp")))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("invalid --security-opt 1: \"seccomp\"");
    assertThatThrownBy(() -> SecurityOptions.parse(List.of("no-new-privileges=maybe")))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("invalid --security-opt 2: \"no-new-privileges=maybe\"");
    assertThatThrownBy(() -> SecurityOptions.parse(List.of("foo=bar")))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("invalid --security-opt 2: \"foo=bar\"");
    assertThatThrownBy(() -> SecurityOptions.parse(List.of("systempaths=unconfined")))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("invalid --security-opt 2: \"systempaths=unconfined\"");
    assertThat(SecurityOptions.parse(List.of("disable", "seccomp=", "label:x", "apparmor=p")))
        .isEqualTo(new SecurityOptions(false, new SecurityOptions.Seccomp.Default()));
  }

  private static List<String> names(Seccomp s) {
    return s.syscalls().stream().flatMap(r -> r.names().stream()).toList();
  }

  @Test
  void aProfileThatIsNotJsonOrHasAValueOfTheWrongTypeIsRefusedWithGosWordsAtTheSpec() {
    Arch arch = Arch.X86_64;
    assertThatThrownBy(() -> SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom("{\"defaultAction\":"), List.of(), false, arch))
        .isInstanceOf(DrydockException.SystemError.class).hasMessageStartingWith("Decoding seccomp profile failed: ");
    assertThatThrownBy(() -> SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom("{} x"), List.of(), false, arch))
        .as("trailing text, as Go's decoder refuses it").isInstanceOf(DrydockException.SystemError.class)
        .hasMessageStartingWith("Decoding seccomp profile failed: ");
    assertThatThrownBy(() -> SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(" "), List.of(), false, arch))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("Decoding seccomp profile failed: unexpected end of JSON input");
    Map<String, String> wrong = Map.of(
        "{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":\"x\"}",
        "json: cannot unmarshal string into Go struct field Seccomp.syscalls of type []*seccomp.Syscall",
        "{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[{\"names\":\"mount\",\"action\":\"SCMP_ACT_ERRNO\"}]}",
        "json: cannot unmarshal string into Go struct field Syscall.syscalls.names of type []string",
        "{\"defaultAction\":1}", "json: cannot unmarshal number into Go struct field Seccomp.defaultAction of type specs.LinuxSeccompAction",
        "{\"syscalls\":[{\"names\":[\"mount\"],\"args\":[{\"index\":-1}]}]}",
        "json: cannot unmarshal number -1 into Go struct field LinuxSeccompArg.syscalls.args.index of type uint",
        "{\"syscalls\":[{\"names\":[true]}]}", "json: cannot unmarshal bool into Go struct field Syscall.syscalls.names of type string",
        "{\"archMap\":[{\"architecture\":\"SCMP_ARCH_X86_64\",\"subArchitectures\":{}}]}",
        "json: cannot unmarshal object into Go struct field Architecture.archMap.subArchitectures of type []specs.Arch",
        "[1]", "json: cannot unmarshal array into Go value of type seccomp.Seccomp");
    wrong.forEach((profile, message) -> assertThatThrownBy(
        () -> SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(profile), List.of(), false, arch)).as(profile)
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("Decoding seccomp profile failed: " + message));
    String fits = "{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"unknownKey\":{},\"defaultErrnoRet\":null,"
        + "\"syscalls\":[{\"names\":[\"mount\"],\"action\":\"SCMP_ACT_ERRNO\",\"args\":[{\"index\":0,\"value\":18446744073709551615}],"
        + "\"includes\":{\"caps\":null},\"comment\":\"\"}]}";
    assertThat(SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom(fits), List.of(), false, arch).syscalls()).hasSize(1);
    assertThat(SeccompSpecs.forContainer(new SecurityOptions.Seccomp.Custom("{\"syscalls\":\"x\"}"), List.of(), true, arch))
        .as("privileged: no profile, none decoded").isNull();
  }
}
