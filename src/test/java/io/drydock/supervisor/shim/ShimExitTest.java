package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.testing.Poll;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShimExitTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void exitCodeIsRecorded() throws Exception {
    Instant before = Instant.now();
    ShimHandle h = shims.start(shims.sh("three", "exit 3"));
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(3);
    assertThat(s.signal()).isZero();
    assertThat(s.oomKilled()).isFalse();
    assertThat(s.exitedAt()).isBetween(before, Instant.now());
    assertThat(h.exitStatus()).hasValue(s);
  }

  @Test
  void deathBySignalIs128PlusSignal() throws Exception {
    ShimHandle h = shims.start(shims.sh("term", "kill -TERM $$"));
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(143);
    assertThat(s.signal()).isEqualTo(15);
  }

  @Test
  void killAndStatusThroughTheControlSocket() throws Exception {
    ShimHandle h = shims.start(shims.sh("killme", "exec sleep 60"));
    ShimStatus running = h.client().status();
    assertThat(running.running()).isTrue();
    assertThat(running.pid()).isEqualTo(h.pid());
    h.client().kill(9);
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(137);
    assertThat(s.signal()).isEqualTo(9);
    ShimFixture.awaitGone(h.shimPid(), WAIT);
    assertThat(Files.exists(h.paths().socket())).isFalse();
  }

  @Test
  void aHeldCommandStartsOnRequestAndAnAttacherSeesItsFirstByte() throws Exception {
    ShimHandle h = shims.start(shims.sh("held", "echo first; exit 2").withStartHeld());
    assertThat(h.client().status().state()).isEqualTo(ShimState.CREATED);
    assertThat(Files.size(h.paths().logFile())).isZero();
    ShimAttachTest.Collector seen = new ShimAttachTest.Collector();
    try (Attachment a = h.client().attach(seen::accept)) {
      h.client().start();
      assertThat(a.awaitExit(WAIT)).hasValueSatisfying(s -> assertThat(s.exitCode()).isEqualTo(2));
    }
    assertThat(seen.text(LogStream.STDOUT)).isEqualTo("first\n");
  }

  @Test
  void startingTwiceIsAConflictAndAHeldExecFailureIsStructured() throws Exception {
    ShimHandle running = shims.start(shims.sh("twice", "exec sleep 60").withStartHeld());
    running.client().start();
    assertThat(running.client().status().state()).isEqualTo(ShimState.RUNNING);
    assertThatThrownBy(() -> running.client().start()).isInstanceOf(DrydockException.Conflict.class)
        .hasMessageContaining("already started");

    ShimHandle missing = shims.start(ShimSpec.of("held-missing", shims.root.resolve("held-missing"), List.of("/no/such/cmd")).withStartHeld());
    assertThatThrownBy(() -> missing.client().start())
        .isInstanceOfSatisfying(ShimStartException.class, e -> assertThat(e.failure()).isEqualTo(new ShimStartFailure("exec", 2)));
    assertThat(ShimFixture.awaitExit(missing, WAIT).exitCode()).isEqualTo(127);
  }

  @Test
  void aHeldCommandIsReplacedByTheArgvThatStartSends() throws Exception {
    ShimHandle h = shims.start(ShimSpec.of("held-argv", shims.root.resolve("held-argv"), List.of("/no/such/placeholder")).withStartHeld());
    h.client().start(List.of("/bin/sh", "-c", "echo \"$0 $1\"; exit 6", "two words", "x"));
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isEqualTo(6);
    assertThat(Files.readString(h.paths().logFile())).contains("\"log\":\"two words x\\n\"");

    ShimHandle missing = shims.start(ShimSpec.of("held-argv-missing", shims.root.resolve("held-argv-missing"), List.of("/bin/true")).withStartHeld());
    assertThatThrownBy(() -> missing.client().start(List.of("/no/such/cmd", "arg")))
        .isInstanceOfSatisfying(ShimStartException.class, e -> assertThat(e.failure()).isEqualTo(new ShimStartFailure("exec", 2)));
    assertThat(ShimFixture.awaitExit(missing, WAIT).exitCode()).isEqualTo(127);
  }

  @Test
  void theShimIsNotAChildOfItsCaller() throws Exception {
    ShimHandle h = shims.start(shims.sh("orphan", "exec sleep 60"));
    long parent = ProcessHandle.of(h.shimPid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
    assertThat(parent).isNotEqualTo(ProcessHandle.current().pid());
    // the launcher, its parent for a moment, exits after its report
    Poll.until(WAIT, () -> ProcessHandle.current().descendants().noneMatch(p -> p.pid() == h.shimPid()));
    assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(h.shimPid());
    assertThat(Long.parseLong(Files.readString(h.paths().pidFile()).strip())).isEqualTo(h.shimPid());
  }

  @Test
  void aMissingCommandIsAStructuredFailureAndLeavesNoShimFiles() {
    ShimSpec spec = ShimSpec.of("missing", shims.root.resolve("missing"), List.of("/no/such/command"));
    assertThatThrownBy(() -> shims.start(spec))
        .isInstanceOfSatisfying(ShimStartException.class, e -> {
          assertThat(e.failure()).isEqualTo(new ShimStartFailure("exec", 2));
          assertThat(e.failure().commandNotFound()).isTrue();
        });
    assertThat(Files.exists(spec.paths().pidFile())).isFalse();
    assertThat(Files.exists(spec.paths().socket())).isFalse();
  }

  @Test
  void badSpecsAreRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> ShimSpec.of("../x", shims.root, List.of("true")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("invalid container id");
    assertThatThrownBy(() -> ShimSpec.of("x", shims.root.resolve("a".repeat(120)), List.of("true")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("too long for a unix socket");
    assertThatThrownBy(() -> ShimSpec.of("x", shims.root, List.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("no command");
    assertThatThrownBy(() -> new LogOptions(-1, 1)).isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
