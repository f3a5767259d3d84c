package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static final Event START =
      new Event(EventType.CONTAINER, "start", new Actor("abc123", Map.of("name", "web", "image", "busybox:1.36", "tier", "front")), "local", 1);
  private static final Event EXEC =
      new Event(EventType.CONTAINER, "exec_start: sh -c true", new Actor("abc123", Map.of("name", "web")), "local", 2);
  private static final Event PULL =
      new Event(EventType.IMAGE, "pull", new Actor("sha256:fff", Map.of("name", "registry:5000/app:2")), "local", 3);

  private static EventFilter filter(String key, String... values) {
    return new EventFilter(Map.of(key, Set.of(values)));
  }

  @Test
  void noCriteriaMatchesEverything() {
    assertThat(EventFilter.none().matches(START)).isTrue();
    assertThat(EventFilter.none().matches(PULL)).isTrue();
  }

  @Test
  void typeIsExactAndValuesAreAlternatives() {
    assertThat(filter("type", "container").matches(START)).isTrue();
    assertThat(filter("type", "container").matches(PULL)).isFalse();
    assertThat(filter("type", "image", "container").matches(PULL)).isTrue();
    assertThat(filter("type", "contain").matches(START)).isFalse();
  }

  @Test
  void containerMatchesIdOrNameByPrefix() {
    assertThat(filter("container", "abc").matches(START)).isTrue();
    assertThat(filter("container", "we").matches(START)).isTrue();
    assertThat(filter("container", "xyz").matches(START)).isFalse();
    assertThat(filter("container", "abc").matches(PULL)).as("an image event has no container").isFalse();
  }

  @Test
  void imageMatchesIdOrNameWithOrWithoutTag() {
    assertThat(filter("image", "busybox:1.36").matches(START)).isTrue();
    assertThat(filter("image", "busybox").matches(START)).isTrue();
    assertThat(filter("image", "busy").matches(START)).isFalse();
    assertThat(filter("image", "registry:5000/app").matches(PULL)).isTrue();
    assertThat(filter("image", "sha256:fff").matches(PULL)).isTrue();
  }

  @Test
  void eventMatchesActionExactlyOrTheBaseOfDetailedActions() {
    assertThat(filter("event", "start").matches(START)).isTrue();
    assertThat(filter("event", "star").matches(START)).isFalse();
    assertThat(filter("event", "exec_start").matches(EXEC)).isTrue();
    assertThat(filter("event", "exec_start: sh -c true").matches(EXEC)).isTrue();
  }

  @Test
  void everyLabelMustMatch() {
    assertThat(filter("label", "tier").matches(START)).isTrue();
    assertThat(filter("label", "tier=front").matches(START)).isTrue();
    assertThat(filter("label", "tier=back").matches(START)).isFalse();
    assertThat(filter("label", "tier=front", "missing").matches(START)).isFalse();
  }

  @Test
  void keysCombineWithAnd() {
    EventFilter f = new EventFilter(Map.of("type", Set.of("container"), "event", Set.of("die")));
    assertThat(f.matches(START)).isFalse();
    assertThat(new EventFilter(Map.of("type", Set.of("container"), "event", Set.of("start"))).matches(START)).isTrue();
  }

  @Test
  void unknownKeysConstrainNothing() {
    assertThat(filter("colour", "blue").matches(START)).isTrue();
  }

  @Test
  void tagStrippingKeepsRegistryPorts() {
    assertThat(EventFilter.withoutTag("busybox:1.36")).isEqualTo("busybox");
    assertThat(EventFilter.withoutTag("host:5000/app")).isEqualTo("host:5000/app");
    assertThat(EventFilter.withoutTag("host:5000/app:2")).isEqualTo("host:5000/app");
    assertThat(EventFilter.withoutTag("app@sha256:abc")).isEqualTo("app");
  }
}
