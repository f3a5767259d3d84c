package io.drydock.engine.container.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.volume.MountType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --volumes-from} specs as dockerd 20.10 answered them (checked against a private dockerd). */
class VolumesFromTest {
  @ParameterizedTest
  @CsvSource({"src, src, false", "src:rw, src, false", "src:ro, src, true", "src:, src, false", "src:ro;Z, src, true", "src:z, src, false",
      "src:z;ro, src, true", "src:rw;z, src, false", "src:ro;consistent, src, true", "src:delegated, src, false", "a1b2:ro, a1b2, true"})
  void acceptedSpecsNameTheContainerAndWhetherItsMountsBecomeReadOnly(String spec, String container, boolean readOnly) {
    assertThat(VolumesFrom.parse(spec.replace(';', ','))).isEqualTo(new VolumesFrom(container, readOnly));
  }

  @ParameterizedTest
  @ValueSource(strings = {"src:xx", "src:ro:rw", "src:rshared", "src:nocopy", "src:ro;rprivate", "src:ro;ro", "src:Z;z", "src:RO", "src:ro;",
      "src:ro:"})
  void otherModesAreRefusedInDockerdsWords(String spec) {
    String s = spec.replace(';', ',');
    assertThatThrownBy(() -> VolumesFrom.parse(s)).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid mode: " + s.substring(s.indexOf(':') + 1));
  }

  @Test
  void anEmptySpecIsRefused() {
    assertThatThrownBy(() -> VolumesFrom.parse("")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("volumes-from specification cannot be an empty string");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void inheritedMountsKeepTheirSourceAndAreReadOnlyWhenEitherSideSaysSo(boolean readOnly) {
    List<StoredMount> source = List.of(new StoredMount(MountType.VOLUME, "v", "/data", false, "", true, false, 0, 0),
        new StoredMount(MountType.BIND, "/host", "/h", true, "rslave", false, false, 0, 0));
    List<StoredMount> got = new VolumesFrom("src", readOnly).inherit(source);
    assertThat(got).extracting(StoredMount::source, StoredMount::target, StoredMount::readOnly, StoredMount::propagation, StoredMount::anonymous)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("v", "/data", readOnly, "", true),
            org.assertj.core.groups.Tuple.tuple("/host", "/h", true, "rslave", false));
    assertThat(got).as("the volume is the source's: no copy-up from this container's image").allMatch(StoredMount::noCopy);
  }
}
