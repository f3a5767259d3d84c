package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatchTest {
  private static final Map<String, String> LABELS = Map.of("tier", "web", "keep", "");

  @Test
  void aKeyAsksForPresenceAndKeyEqualsValueForEquality() {
    assertThat(LabelMatch.all(LABELS, List.of("tier"))).isTrue();
    assertThat(LabelMatch.all(LABELS, List.of("tier=web", "keep"))).isTrue();
    assertThat(LabelMatch.all(LABELS, List.of("keep="))).isTrue();
    assertThat(LabelMatch.all(LABELS, List.of("tier=db"))).isFalse();
    assertThat(LabelMatch.all(LABELS, List.of("tier", "owner"))).isFalse();
    assertThat(LabelMatch.all(LABELS, List.of())).isTrue();
  }

  @Test
  void labelNotExcludesOnlyWhenAllOfItsValuesHold() {
    assertThat(LabelMatch.excluded(LABELS, List.of())).isFalse();
    assertThat(LabelMatch.excluded(LABELS, List.of("keep"))).isTrue();
    assertThat(LabelMatch.excluded(LABELS, List.of("keep", "owner"))).isFalse();
  }
}
