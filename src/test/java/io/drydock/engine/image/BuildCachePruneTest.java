package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build cache's prune refuses what dockerd 20.10's refuses and otherwise deletes nothing. */
class BuildCachePruneTest {
  @Test
  void knownFiltersWithOneValueDeleteNothing() {
    BuildCachePrune.Report r = BuildCachePrune.prune(Map.of("until", List.of("24h"), "label", List.of("a=b"),
        "inuse", List.of("x"), "id", List.of("a", "a")));
    assertThat(r.cachesDeleted()).isEmpty();
    assertThat(r.spaceReclaimed()).isZero();
  }

  @Test
  void anUnknownFilterIs400() {
    assertThatThrownBy(() -> BuildCachePrune.prune(Map.of("dangling", List.of("true"))))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("failed to prune build cache: Invalid filter 'dangling'");
  }

  @Test
  void twoValuesOfOneFilterAre400() {
    assertThatThrownBy(() -> BuildCachePrune.prune(Map.of("id", List.of("a", "b"))))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("failed to prune build cache: filters expect only one value");
  }

  @Test
  void untilMustBeAGoDuration() {
    assertThatThrownBy(() -> BuildCachePrune.prune(Map.of("until", List.of("2020-01-01"))))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("failed to prune build cache: \"until\" filter expects a duration (e.g., '24h'): "
            + "time: unknown unit \"-\" in duration \"2020-01-01\"");
    assertThatThrownBy(() -> BuildCachePrune.prune(Map.of("unused-for", List.of("x"))))
        .hasMessage("failed to prune build cache: \"unused-for\" filter expects a duration (e.g., '24h'): "
            + "time: invalid duration \"x\"");
  }
}
