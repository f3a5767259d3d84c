package io.drydock.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsQueryTest {
  @Test
  void timestampsAreSecondsWithAnOptionalFraction() {
    assertThat(EventsQuery.timestamp("since", "1700000000")).isEqualTo(1_700_000_000_000_000_000L);
    assertThat(EventsQuery.timestamp("since", "1700000000.5")).isEqualTo(1_700_000_000_500_000_000L);
    assertThat(EventsQuery.timestamp("since", "1700000000.000000001")).isEqualTo(1_700_000_000_000_000_001L);
  }

  @Test
  void malformedTimestampsAreInvalidArguments() {
    for (String bad : new String[] {"", "abc", "1.", "1.x", "1.0000000001", "99999999999999999999"}) {
      assertThatThrownBy(() -> EventsQuery.timestamp("until", bad)).as(bad).isInstanceOf(DrydockException.InvalidArgument.class);
    }
  }

  @Test
  void bothFilterFormsAreRead() {
    assertThat(EventsQuery.filter("{\"type\":{\"container\":true,\"image\":false}}").criteria()).isEqualTo(Map.of("type", Set.of("container")));
    assertThat(EventsQuery.filter("{\"type\":[\"container\",\"image\"]}").criteria()).isEqualTo(Map.of("type", Set.of("container", "image")));
  }

  @Test
  void emptyFiltersMeanNone() {
    assertThat(EventsQuery.parse(Optional.empty(), Optional.empty(), Optional.of("")).filter().criteria()).isEmpty();
  }

  @Test
  void filtersMustBeAnObjectOfListsOrMaps() {
    assertThatThrownBy(() -> EventsQuery.filter("[1]")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> EventsQuery.filter("{\"type\":\"container\"}")).isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
