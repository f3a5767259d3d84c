package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.NamespaceType;
import io.drydock.runtime.spec.Process;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An exec's cwd is checked in the container's root (seen through /proc/PID/root) before it starts, as runc fails its chdir. */
class ExecPlanCompilerTest {
  private static final String ROOT = "/proc/42/root";

  private static LaunchPlan compile(String cwd, FakeFs fs) {
    return compile(cwd, "/bin/sh", fs.file(ROOT + "/bin/sh"));
  }

  private static LaunchPlan compile(String cwd, String command, FakeFs fs) {
    Process p = SpecFixtures.spec().process();
    Process exec = new Process(false, null, p.user(), List.of(command), null, p.env(), cwd, null, null, null, null, null, null, null);
    return ExecPlanCompiler.compile(exec, Set.of(NamespaceType.MOUNT), 42, SpecFixtures.HOST, fs);
  }

  @Test
  void aDirectoryOrALinkToOneIsTheCwd() {
    FakeFs fs = new FakeFs().dir(ROOT + "/srv/app").link(ROOT + "/app", "/srv/app");
    assertThat(compile("/srv/app", fs).cwd()).isEqualTo("/srv/app");
    assertThat(compile("/app", fs).cwd()).isEqualTo("/app");
    assertThat(compile("/", fs).cwd()).isEqualTo("/");
  }

  @Test
  void aRelativeCwdIsRefusedInRuncExecsWordsBeforeAnythingElse() {
    assertThatThrownBy(() -> compile("rel", new FakeFs())).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Cwd must be an absolute path");
  }

  @Test
  void aMissingCwdOrAFileIsRefusedInRuncsWords() {
    FakeFs fs = new FakeFs().dir(ROOT + "/srv").file(ROOT + "/bin/busybox");
    assertThatThrownBy(() -> compile("/nonexistent", fs)).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("chdir to cwd (\"/nonexistent\") set in config.json failed: no such file or directory");
    assertThatThrownBy(() -> compile("/bin/busybox", fs))
        .hasMessage("chdir to cwd (\"/bin/busybox\") set in config.json failed: not a directory");
  }
}
