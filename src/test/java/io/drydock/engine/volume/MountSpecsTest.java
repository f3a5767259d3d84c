package io.drydock.engine.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountSpecsTest {
  @TempDir Path dir;

  @Test
  void namedVolumeAndReadOnlyBind() throws Exception {
    MountRequest v = MountSpecs.fromBind("data:/var/lib/x");
    assertThat(v.type()).isEqualTo(MountType.VOLUME);
    assertThat(v.source()).isEqualTo("data");
    assertThat(v.readOnly()).isFalse();
    Path host = Files.createDirectories(dir.resolve("host"));
    MountRequest b = MountSpecs.fromBind(host + ":/path:ro,rshared");
    assertThat(b.type()).isEqualTo(MountType.BIND);
    assertThat(b.readOnly()).isTrue();
    assertThat(b.propagation()).contains("rshared");
  }

  @Test
  void bindSourcesAreCanonicalAtCreate() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    assertThat(MountSpecs.fromBind(link + ":/p").source()).isEqualTo(real.toRealPath().toString());
  }

  @Test
  void dockerdMessages() {
    assertThatThrownBy(() -> MountSpecs.fromBind("justone")).hasMessage("invalid volume specification: 'justone'");
    assertThatThrownBy(() -> MountSpecs.fromBind("data:rel")).hasMessage(
        "invalid volume specification: 'data:rel': invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute");
    assertThatThrownBy(() -> MountSpecs.fromBind("data:/x:bogus")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("invalid mode: bogus");
    for (String modes : List.of("ro,rw", "ro,", "z,Z", "nocopy,nocopy", "rshared,rslave", "cached,delegated", ",")) {
      assertThatThrownBy(() -> MountSpecs.fromBind("/tmp:/x:" + modes)).as(modes).hasMessage("invalid mode: " + modes);
    }
    for (String modes : List.of("", "cached,ro", "Z,ro,rslave,consistent", "delegated")) {
      assertThat(MountSpecs.fromBind("/tmp:/x:" + modes).readOnly()).as(modes).isEqualTo(modes.contains("ro"));
    }
    assertThatThrownBy(() -> MountSpecs.fromBind("vvx:/x:rshared")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage(
        "invalid volume specification: 'vvx:/x:rshared': invalid mount config for type \"volume\": field BindOptions must not be specified");
    MountObject anonymousReadOnly = new MountObject("volume", "", "/x", true, null, false, null, null, null, 0, 0);
    assertThatThrownBy(() -> MountSpecs.fromMount(anonymousReadOnly)).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes");
    assertThatThrownBy(() -> MountSpecs.fromMount(mount("bind", dir.resolve("nope").toString(), "/x")))
        .hasMessage("invalid mount config for type \"bind\": bind source path does not exist: " + dir.resolve("nope"));
    assertThatThrownBy(() -> MountSpecs.fromMount(mount("bind", "", "/x"))).hasMessage("invalid mount config for type \"bind\": field Source must not be empty");
    assertThatThrownBy(() -> MountSpecs.fromMount(mount("tmpfs", "x", "/x"))).hasMessage("invalid mount config for type \"tmpfs\": field Source must not be specified");
    assertThatThrownBy(() -> MountSpecs.fromMount(mount("volume", "v1", ""))).hasMessage("invalid mount config for type \"volume\": field Target must not be empty");
    assertThatThrownBy(() -> MountSpecs.parse(List.of("a1:/x", "b1:/x/"), List.of())).hasMessage("Duplicate mount point: /x/");
    assertThatThrownBy(() -> MountSpecs.fromBind("/c:ro")).hasMessage("invalid volume specification: '/c:ro'");
    assertThatThrownBy(() -> MountSpecs.fromBind("data:rw,z")).hasMessage("invalid volume specification: 'data:rw,z'");
    assertThatThrownBy(() -> MountSpecs.fromMount(new MountObject("volume", "", "/d", true, null, false, null, null, null, 0, 0)))
        .hasMessage("invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes");
  }

  /** The mode text inspect shows: dockerd keeps a -v string's mode as written and gives volumes without one "z". */
  @Test
  void modeTextAsDockerdKeepsIt() throws Exception {
    Path host = Files.createDirectories(dir.resolve("m"));
    assertThat(MountSpecs.fromBind(host + ":/p").mode()).isEmpty();
    assertThat(MountSpecs.fromBind(host + ":/p:ro,rslave").mode()).isEqualTo("ro,rslave");
    assertThat(MountSpecs.fromBind(host + ":/p:z").mode()).isEqualTo("z");
    assertThat(MountSpecs.fromBind("data:/p").mode()).isEqualTo("z");
    assertThat(MountSpecs.fromBind("data:/p:ro,nocopy").mode()).isEqualTo("ro,nocopy");
    assertThat(MountSpecs.fromMount(mount("bind", host.toString(), "/p")).mode()).isEmpty();
    assertThat(MountSpecs.fromMount(mount("volume", "data", "/p")).mode()).isEqualTo("z");
    assertThat(MountSpecs.fromMount(mount("volume", "", "/p")).mode()).isEqualTo("z");
    assertThat(MountSpecs.fromMount(mount("tmpfs", "", "/p")).mode()).isEmpty();
  }

  @Test
  void tmpfsAndVolumeObjects() {
    MountRequest t = MountSpecs.fromMount(new MountObject("tmpfs", null, "/run", false, null, false, null, null, null, 1024, 0700));
    assertThat(t.tmpfsSizeBytes()).isEqualTo(1024);
    MountRequest v = MountSpecs.fromMount(new MountObject("volume", "", "/d", false, null, true, Map.of("k", "v"), null, null, 0, 0));
    assertThat(v.source()).isEmpty();
    assertThat(v.noCopy()).isTrue();
    assertThat(v.propagation()).isEqualTo(Optional.empty());
  }

  private static MountObject mount(String type, String source, String target) {
    return new MountObject(type, source, target, false, null, false, null, null, null, 0, 0);
  }
}
