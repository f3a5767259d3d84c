package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Process;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecProcessSpecTest {
  private final Process base = DefaultSpec.create(true, 0, 0).process();

  private static ExecSpec exec(List<String> args, Optional<ExecSpec.ExecUser> user, Optional<String> cwd) {
    return new ExecSpec("e", args, List.of("X=1"), user, cwd, true, false, false);
  }

  @Test
  void theExecKeepsTheContainersProcessAndLaysItsOptionsOver() {
    Process p = ExecProcessSpec.of(base, exec(List.of("ls", "-l"), Optional.of(new ExecSpec.ExecUser(1000, 50, List.of(50L, 7L))),
        Optional.of("/tmp")));
    assertThat(p.args()).containsExactly("ls", "-l");
    assertThat(p.env()).as("the engine gives an exec's whole environment").containsExactly("X=1");
    assertThat(p.user().uid()).isEqualTo(1000L);
    assertThat(p.user().gid()).isEqualTo(50L);
    assertThat(p.user().additionalGids()).as("the groups the engine found for the user").containsExactly(50L, 7L);
    assertThat(p.cwd()).isEqualTo("/tmp");
    assertThat(p.capabilities()).isEqualTo(base.capabilities());
    assertThat(p.terminal()).as("the supervisor, not the engine, asks for the terminal").isFalse();
  }

  @Test
  void withoutOptionsTheContainersUserCwdAndEnvStay() {
    Process p = ExecProcessSpec.of(base, new ExecSpec("e", List.of("true"), List.of(), Optional.empty(), Optional.empty(), false, false, false));
    assertThat(p.user()).isEqualTo(base.user());
    assertThat(p.env()).isEqualTo(base.env());
    assertThat(p.cwd()).isEqualTo(base.cwd());
  }

  @Test
  void aPrivilegedExecHoldsWhatAPrivilegedContainerHoldsWhateverTheContainerHolds() {
    Process p = ExecProcessSpec.of(base, new ExecSpec("e", List.of("true"), List.of(), Optional.empty(), Optional.empty(), false, false, true));
    assertThat(base.capabilities().bounding()).doesNotContain("CAP_SYS_ADMIN");
    assertThat(p.capabilities().bounding()).contains("CAP_SYS_ADMIN", "CAP_NET_ADMIN", "CAP_SYS_PTRACE")
        .containsExactlyElementsOf(io.drydock.runtime.spec.CapabilityNames.DOCKER_ALL)
        .doesNotContain("CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE");
    assertThat(p.capabilities().effective()).isEqualTo(p.capabilities().bounding());
    assertThat(p.capabilities().permitted()).isEqualTo(p.capabilities().bounding());
    assertThat(p.capabilities().inheritable()).as("as dockerd: the container's, not all").isEqualTo(base.capabilities().inheritable());
    assertThat(p.capabilities().ambient()).isEqualTo(base.capabilities().ambient());
  }

  @Test
  void anExecWithoutCommandIsRefused() {
    assertThatThrownBy(() -> ExecProcessSpec.of(base, exec(List.of(), Optional.empty(), Optional.empty())))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
