package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code shim --adopt} (spec/shim.md, "Hand-over"): a command that writes a pid on the hand-over
 * pipe and exits leaves that process to the shim, whose exit is then the one recorded; a command
 * that writes nothing is recorded itself. The command here is a shell standing in for
 * {@code drydock-helper init}: it starts a subshell, hands it over and exits with another code.
 */
class ShimHandoverTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  /** Writes $p as a native-endian u32 on the hand-over fd (little endian: x86-64, aarch64); dash redirects only fds 0-9. */
  private static final String HAND_OVER_P = "o() { printf '\\\\%03o' $(( $1 & 255 )); }; "
      + "printf \"$(o $p)$(o $((p >> 8)))$(o $((p >> 16)))$(o $((p >> 24)))\" > /proc/self/fd/$_DRYDOCK_SHIM_HANDOVER_FD; ";
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void theHandedOverProcessIsReapedByTheShimAndItsExitIsRecordedNotTheCommands() throws Exception {
    Path pidFile = shims.root.resolve("adopted.pid");
    ShimHandle h = shims.start(shims.sh("adopt", "(sleep 1; exit 7) & p=$!; echo $p > " + pidFile + "; " + HAND_OVER_P
        + "exit 3").withAdoptedInit());
    ShimFixture.awaitGone(h.pid(), WAIT); // it wrote the pid file before it exited
    long adopted = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(parentOf(adopted)).as("the subshell's parent once the command exited").isEqualTo(h.shimPid());
    assertThat(h.exitStatus()).as("the command's own exit is not the container's").isEmpty();
    assertThat(h.client().status().pid()).isEqualTo(adopted);
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(7);
    assertThat(s.signal()).isZero();
  }

  @Test
  void aKillReachesTheHandedOverProcessAndItsSignalIsRecorded() throws Exception {
    ShimHandle h = shims.start(shims.sh("adopt-kill", "sleep 60 & p=$!; " + HAND_OVER_P + "exit 0").withAdoptedInit());
    ShimFixture.awaitGone(h.pid(), WAIT);
    long adopted = h.client().status().pid();
    assertThat(adopted).isNotEqualTo(h.pid());
    h.client().kill(9);
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(137);
    assertThat(s.signal()).isEqualTo(9);
    assertThat(ProcessHandle.of(adopted).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void withoutAHandOverTheCommandsOwnExitIsRecorded() throws Exception {
    ShimHandle h = shims.start(shims.sh("adopt-none", "sleep 0.2; exit 3").withAdoptedInit());
    ExitStatus s = ShimFixture.awaitExit(h, WAIT);
    assertThat(s.exitCode()).isEqualTo(3);
  }

  private static long parentOf(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
  }
}
