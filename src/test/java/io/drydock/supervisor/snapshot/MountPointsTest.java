package io.drydock.supervisor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mount points read from mountinfo: its octal escapes undone, the search bounded to one tree. */
class MountPointsTest {
  @Test
  void octalEscapesOfMountinfoAreUndone() {
    assertThat(Mounts.unescape("/var/lib/a\\040b\\011c")).isEqualTo("/var/lib/a b\tc");
    assertThat(Mounts.unescape("/trailing\\04")).isEqualTo("/trailing\\04");
    assertThat(Mounts.unescape("/not\\08x")).isEqualTo("/not\\08x");
  }

  @Test
  void onlyMountPointsAtOrBelowTheDirectoryAreFound() {
    assertThat(Mounts.atOrBelow(Path.of("/proc"))).contains(Path.of("/proc"));
    assertThat(Mounts.atOrBelow(Path.of("/proc/self/no-such-dir"))).isEmpty();
    assertThat(Mounts.atOrBelow(Path.of("/"))).contains(Path.of("/"), Path.of("/proc"));
  }
}
