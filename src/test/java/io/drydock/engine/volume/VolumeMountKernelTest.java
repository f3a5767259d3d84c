package io.drydock.engine.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.os.MountCalls;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tmpfs and bind volumes really mounted while used, and unmounted after; data of plain volumes outlives their users. */
@KernelTest
class VolumeMountKernelTest {
  @TempDir Path dir;
  private Volumes volumes;

  private Volumes volumes() {
    volumes = new Volumes(dir.resolve("volumes"), new EventBus(), Clock.systemUTC());
    return volumes;
  }

  @AfterEach
  void unmountLeftovers() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
      String mountPoint = line.split(" ")[4];
      if (mountPoint.startsWith(dir.toString())) {
        MountCalls.unmountDetached(Path.of(mountPoint));
      }
    }
  }

  private boolean mounted(Path p) throws Exception {
    return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().anyMatch(l -> l.split(" ")[4].equals(p.toString()));
  }

  @Test
  void aTmpfsVolumeIsMountedWhileUsedAndEmptyAfter() throws Exception {
    Volumes v = volumes();
    v.create(Optional.of("scratch"), "local", Map.of(), Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=1m"));
    Path data = v.mount("scratch");
    Path again = v.mount("scratch");
    assertThat(again).isEqualTo(data);
    assertThat(mounted(data)).isTrue();
    Files.writeString(data.resolve("f"), "x");
    v.usersFrom(n -> List.of());
    assertThatThrownBy(() -> v.remove("scratch", false)).isInstanceOf(DrydockException.Conflict.class);
    v.unmount("scratch");
    assertThat(mounted(data)).isTrue();
    v.unmount("scratch");
    assertThat(mounted(data)).isFalse();
    assertThat(data.resolve("f")).doesNotExist();
    v.remove("scratch", false);
    assertThat(dir.resolve("volumes/scratch")).doesNotExist();
  }

  @Test
  void aBindVolumeShowsTheDeviceDirectory() throws Exception {
    Path device = Files.createDirectories(dir.resolve("device"));
    Files.writeString(device.resolve("hello"), "from the device");
    Volumes v = volumes();
    v.create(Optional.of("bound"), "local", Map.of(), Map.of("type", "none", "o", "bind", "device", device.toString()));
    Path data = v.mount("bound");
    assertThat(Files.readString(data.resolve("hello"))).isEqualTo("from the device");
    v.unmount("bound");
    assertThat(mounted(data)).isFalse();
    v.remove("bound", false);
    assertThat(device.resolve("hello")).exists();
  }

  @Test
  void aNamedVolumesDataOutlivesItsUser() throws Exception {
    Volumes v = volumes();
    v.create(Optional.of("keep"), "local", Map.of(), Map.of());
    Path data = v.mount("keep");
    Path target = Files.createDirectories(dir.resolve("container-rootfs/data"));
    MountCalls.mount(data.toString(), target, null, Set.of(MountCalls.Flag.BIND), null);
    Files.writeString(target.resolve("db"), "state");
    MountCalls.unmount(target);
    v.unmount("keep");
    assertThat(Files.readString(volumes().inspect("keep").mountpoint().transform(Path::of).resolve("db"))).isEqualTo("state");
  }
}
