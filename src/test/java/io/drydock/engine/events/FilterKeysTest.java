package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterKeysTest {
  @Test
  void unknownKeyIsRefusedInDockerdWords() {
    assertThatThrownBy(() -> FilterKeys.check(Map.of("bogus", List.of("1")), Set.of("label")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Invalid filter 'bogus'");
    FilterKeys.check(Map.of("label", List.of("a")), Set.of("label"));
  }

  @Test
  void booleanTakesExactSpellings() {
    assertThat(FilterKeys.bool(Map.of(), "dangling")).isEmpty();
    assertThat(FilterKeys.bool(Map.of("dangling", List.of("1")), "dangling")).contains(true);
    assertThat(FilterKeys.bool(Map.of("dangling", List.of("false")), "dangling")).contains(false);
    assertThat(FilterKeys.bool(Map.of("dangling", List.of("maybe", "true")), "dangling")).as("an invalid value beside a valid one").contains(true);
  }

  @Test
  void booleanRefusesOtherOrConflictingValuesListingThemAsGoPrintsThem() {
    assertThatThrownBy(() -> FilterKeys.bool(Map.of("dangling", List.of("maybe")), "dangling"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Invalid filter 'dangling=[maybe]'");
    assertThatThrownBy(() -> FilterKeys.bool(Map.of("dangling", List.of("true", "0")), "dangling"))
        .hasMessage("Invalid filter 'dangling=[0 true]'");
    assertThatThrownBy(() -> FilterKeys.bool(Map.of("dangling", List.of("TRUE")), "dangling"))
        .hasMessage("Invalid filter 'dangling=[TRUE]'");
  }
}
