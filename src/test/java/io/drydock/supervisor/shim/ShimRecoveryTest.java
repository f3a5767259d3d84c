package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShimRecoveryTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void findsLiveShimsExitedTasksAndLostShims() throws Exception {
    ShimHandle live = shims.start(shims.sh("a-live", "exec sleep 60"));
    ShimHandle done = shims.start(shims.sh("b-done", "exit 4"));
    ShimHandle lost = shims.start(shims.sh("c-lost", "exec sleep 60"));
    shims.track(ProcessHandle.of(lost.pid()).orElseThrow());
    ShimFixture.awaitExit(done, WAIT);
    ProcessHandle.of(lost.shimPid()).orElseThrow().destroyForcibly();
    ShimFixture.awaitGone(lost.shimPid(), WAIT);

    List<RecoveredTask> found = new ShimRecovery().scan(shims.root);

    assertThat(found).hasSize(3);
    assertThat(found.get(0)).isEqualTo(new RecoveredTask.Running(live));
    assertThat(found.get(1)).isInstanceOfSatisfying(RecoveredTask.Exited.class, e -> {
      assertThat(e.paths().id()).isEqualTo("b-done");
      assertThat(e.status().exitCode()).isEqualTo(4);
    });
    assertThat(found.get(2)).isInstanceOfSatisfying(RecoveredTask.Lost.class, l -> {
      assertThat(l.paths().id()).isEqualTo("c-lost");
      assertThat(l.reason()).contains("is gone");
    });
    // a recovered live shim is fully usable
    ((RecoveredTask.Running) found.get(0)).handle().client().kill(15);
    assertThat(ShimFixture.awaitExit(live, WAIT).exitCode()).isEqualTo(143);
    assertThat(new ShimRecovery().inspect(live.paths())).isInstanceOf(RecoveredTask.Exited.class);
  }

  @Test
  void aRecycledPidIsNotMistakenForTheShim() throws Exception {
    ShimHandle h = shims.start(shims.sh("recycled", "exit 0"));
    ShimFixture.awaitExit(h, WAIT);
    java.nio.file.Files.delete(h.paths().exitFile());
    java.nio.file.Files.writeString(h.paths().pidFile(), ProcessHandle.current().pid() + "\n");
    assertThat(new ShimRecovery().inspect(h.paths())).isInstanceOf(RecoveredTask.Lost.class);
  }
}
