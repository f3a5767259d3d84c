package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventFilterProperties {
  @Provide
  Arbitrary<Event> events() {
    Arbitrary<EventType> types = Arbitraries.of(EventType.class);
    Arbitrary<String> actions = Arbitraries.of("create", "start", "die", "destroy", "pull", "exec_start: sh");
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> names = Arbitraries.of("web", "db", "cache");
    return Combinators.combine(types, actions, ids, names)
        .as((t, a, id, n) -> new Event(t, a, new Actor(id, Map.of("name", n, "image", "busybox", "tier", n)), "local", 1));
  }

  @Property
  void aTypeFilterPartitionsEvents(@ForAll("events") Event e, @ForAll EventType t) {
    boolean matches = new EventFilter(Map.of("type", Set.of(t.wireName()))).matches(e);
    assertThat(matches).isEqualTo(e.type() == t);
  }

  @Property
  void addingAKeyNeverWidensTheMatch(@ForAll("events") Event e, @ForAll("keys") String key, @ForAll("values") String value) {
    EventFilter narrow = new EventFilter(Map.of("type", Set.of(e.type().wireName()), key, Set.of(value)));
    if (narrow.matches(e)) {
      assertThat(new EventFilter(Map.of("type", Set.of(e.type().wireName()))).matches(e)).isTrue();
    }
  }

  @Property
  void addingAnAlternativeNeverNarrowsTheMatch(@ForAll("events") Event e, @ForAll("keys") String key, @ForAll("values") String a, @ForAll("values") String b) {
    if (key.equals("label")) {
      return;
    }
    if (new EventFilter(Map.of(key, Set.of(a))).matches(e)) {
      assertThat(new EventFilter(Map.of(key, new java.util.HashSet<>(java.util.List.of(a, b)))).matches(e)).isTrue();
    }
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of("container", "image", "event", "label", "scope");
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of("web", "a", "busybox", "start", "die", "tier", "tier=web", "local", "exec_start");
  }
}
