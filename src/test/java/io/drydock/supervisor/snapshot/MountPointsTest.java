package io.drydock.supervisor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mount points read from mountinfo, the search bounded to one tree. */
class MountPointsTest {
  @Test
  void onlyMountPointsAtOrBelowTheDirectoryAreFound() {
    assertThat(Mounts.atOrBelow(Path.of("/proc"))).contains(Path.of("/proc"));
    assertThat(Mounts.atOrBelow(Path.of("/proc/self/no-such-dir"))).isEmpty();
    assertThat(Mounts.atOrBelow(Path.of("/"))).contains(Path.of("/"), Path.of("/proc"));
  }
}
