package io.drydock.engine.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumesTest {
  @TempDir Path dir;

  private Volumes volumes() {
    return new Volumes(dir.resolve("volumes"), new EventBus(), Clock.systemUTC());
  }

  @Test
  void createInspectListRemove() throws Exception {
    Volumes v = volumes();
    VolumeRecord r = v.create(Optional.of("data"), "", Map.of("a", "1"), Map.of());
    assertThat(r.mountpoint()).isEqualTo(dir.resolve("volumes/data/_data").toString());
    assertThat(Files.isDirectory(Path.of(r.mountpoint()))).isTrue();
    assertThat(v.create(Optional.of("data"), "local", Map.of(), Map.of())).isEqualTo(r);
    assertThat(v.inspect("data").labelsOrEmpty()).containsEntry("a", "1");
    assertThat(v.list(new VolumeFilter(Map.of("label", List.of("a=1"))))).extracting(VolumeRecord::name).containsExactly("data");
    assertThat(v.list(new VolumeFilter(Map.of("label", List.of("a=2"))))).isEmpty();
    assertThat(volumes().inspect("data")).isEqualTo(r);
    v.remove("data", false);
    assertThat(Files.exists(dir.resolve("volumes/data"))).isFalse();
    assertThatThrownBy(() -> v.inspect("data")).isInstanceOf(DrydockException.NotFound.class).hasMessage("get data: no such volume");
  }

  @Test
  void anonymousVolumesHave64HexNames() {
    VolumeRecord r = volumes().create(Optional.empty(), "local", Map.of(), Map.of());
    assertThat(r.name()).matches("[0-9a-f]{64}");
    assertThat(r.anonymous()).isTrue();
  }

  @Test
  void aVolumeInUseIsNotRemovedNorPrunedNorDangling() {
    Volumes v = volumes();
    v.create(Optional.of("used"), "local", Map.of(), Map.of());
    v.create(Optional.of("free"), "local", Map.of(), Map.of());
    v.usersFrom(name -> name.equals("used") ? List.of("c1") : List.of());
    assertThatThrownBy(() -> v.remove("used", false)).isInstanceOf(DrydockException.Conflict.class).hasMessage("remove used: volume is in use - [c1]");
    assertThat(v.list(new VolumeFilter(Map.of("dangling", List.of("true"))))).extracting(VolumeRecord::name).containsExactly("free");
    assertThat(v.prune(Map.of()).deleted()).containsExactly("free");
    assertThat(v.list(VolumeFilter.none())).extracting(VolumeRecord::name).containsExactly("used");
  }

  @Test
  void pruneKeepsWhatLabelNotExcludesAndRefusesOtherFilters() {
    Volumes v = volumes();
    v.create(Optional.of("keep"), "local", Map.of("k", "v"), Map.of());
    v.create(Optional.of("drop"), "local", Map.of(), Map.of());
    v.usersFrom(name -> List.of());
    assertThatThrownBy(() -> v.prune(Map.of("until", List.of("1h")))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid filter 'until'");
    assertThat(v.prune(Map.of("label!", List.of("k")))).extracting(PruneReport::deleted).isEqualTo(List.of("drop"));
    assertThat(v.list(VolumeFilter.none())).extracting(VolumeRecord::name).containsExactly("keep");
  }

  @Test
  void badNamesOptionsAndDriversChangeNothing() {
    Volumes v = volumes();
    assertThatThrownBy(() -> v.create(Optional.of("a"), "local", Map.of(), Map.of())).hasMessageContaining("too short");
    assertThatThrownBy(() -> v.create(Optional.of("a/b"), "local", Map.of(), Map.of())).hasMessageContaining("includes invalid characters");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "local", Map.of(), Map.of("foo", "x"))).hasMessage("create ab: invalid option: \"foo\"");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "local", Map.of(), Map.of("type", "tmpfs")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("create ab: missing required option: \"device\"");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "local", Map.of(), Map.of("device", "tmpfs"))).hasMessage("create ab: missing required option: \"type\"");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "local", Map.of(), Map.of("o", "size=1m"))).hasMessage("create ab: missing required option: \"device\"");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "local", Map.of(), Map.of("size", "1m"))).hasMessage("create ab: quota size requested but no quota support");
    assertThatThrownBy(() -> v.create(Optional.of("ab"), "nfs", Map.of(), Map.of())).isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("create ab: error looking up volume plugin nfs: plugin \"nfs\" not found");
    assertThat(v.list(VolumeFilter.none())).isEmpty();
    assertThat(dir.resolve("volumes/ab")).doesNotExist();
  }

  @Test
  void imageContentIsCopiedOnlyIntoAnEmptyVolume() throws Exception {
    Path image = Files.createDirectories(dir.resolve("img/etc"));
    Files.writeString(image.resolve("conf"), "x");
    Files.createSymbolicLink(image.resolve("link"), Path.of("/etc/passwd"));
    Volumes v = volumes();
    Path data = Path.of(v.create(Optional.of("c1"), "local", Map.of(), Map.of()).mountpoint());
    v.copyImageContent(image, data);
    assertThat(Files.readString(data.resolve("conf"))).isEqualTo("x");
    assertThat(Files.isSymbolicLink(data.resolve("link"))).isTrue();
    Files.writeString(image.resolve("more"), "y");
    v.copyImageContent(image, data);
    assertThat(Files.exists(data.resolve("more"))).isFalse();
    assertThat(data.resolve("conf")).exists();
  }
}
