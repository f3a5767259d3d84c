package io.drydock.engine.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeFilterTest {
  private static final VolumeRecord DATA = new VolumeRecord("app-data", "local", "/v/app-data/_data", "", Map.of("tier", "web"), Map.of(), false);

  @Test
  void danglingSelectsByUseBothWaysAndAbsentSelectsBoth() {
    VolumeFilter dangling = new VolumeFilter(Map.of("dangling", List.of("1")));
    VolumeFilter used = new VolumeFilter(Map.of("dangling", List.of("false")));
    assertThat(List.of(dangling.matches(DATA, false), dangling.matches(DATA, true))).containsExactly(true, false);
    assertThat(List.of(used.matches(DATA, false), used.matches(DATA, true))).containsExactly(false, true);
    assertThat(List.of(VolumeFilter.none().matches(DATA, false), VolumeFilter.none().matches(DATA, true))).containsExactly(true, true);
  }

  @Test
  void aBadDanglingValueOrKeyIsRefusedWhenTheFilterIsRead() {
    assertThatThrownBy(() -> new VolumeFilter(Map.of("dangling", List.of("maybe")))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid filter 'dangling=[maybe]'");
    assertThatThrownBy(() -> new VolumeFilter(Map.of("size", List.of("1")))).hasMessage("Invalid filter 'size'");
  }

  @Test
  void nameIsASubstringDriverExactAndLabelsAllMustHold() {
    assertThat(new VolumeFilter(Map.of("name", List.of("nope", "data"))).matches(DATA, false)).isTrue();
    assertThat(new VolumeFilter(Map.of("name", List.of("nope"))).matches(DATA, false)).isFalse();
    assertThat(new VolumeFilter(Map.of("driver", List.of("loc"))).matches(DATA, false)).isFalse();
    assertThat(new VolumeFilter(Map.of("driver", List.of("local"), "label", List.of("tier=web"))).matches(DATA, false)).isTrue();
    assertThat(new VolumeFilter(Map.of("label", List.of("tier=web", "owner"))).matches(DATA, false)).isFalse();
  }
}
