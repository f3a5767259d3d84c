package io.drydock.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventBusTest {
  private final AtomicLong clock = new AtomicLong(1_000);
  private final EventBus bus = new EventBus(clock::get);

  private Event publish(String action) {
    return bus.publish(EventType.CONTAINER, action, Actor.of("c1"));
  }

  @Test
  void stampsAreStrictlyIncreasingEvenWhenTheClockStands() {
    Event a = publish("create");
    Event b = publish("start");
    assertThat(b.timeNano()).isGreaterThan(a.timeNano());
  }

  @Test
  void liveSubscribersGetOnlyLaterEventsWithoutSince() {
    publish("create");
    List<String> seen = new ArrayList<>();
    bus.subscribe(EventFilter.none(), 0, 0, e -> seen.add(e.action()));
    publish("start");
    assertThat(seen).containsExactly("start");
  }

  @Test
  void sinceReplaysBufferedEventsThenContinuesLive() {
    clock.set(1_000);
    publish("create");
    clock.set(2_000);
    Event start = publish("start");
    List<String> seen = new ArrayList<>();
    bus.subscribe(EventFilter.none(), start.timeNano(), 0, e -> seen.add(e.action()));
    publish("die");
    assertThat(seen).containsExactly("start", "die");
  }

  @Test
  void untilBoundsTheReplay() {
    clock.set(1_000);
    Event create = publish("create");
    clock.set(5_000);
    publish("start");
    List<String> seen = new ArrayList<>();
    bus.subscribe(EventFilter.none(), 1, create.timeNano(), e -> seen.add(e.action()));
    assertThat(seen).containsExactly("create");
  }

  @Test
  void filterAppliesToReplayAndLive() {
    publish("create");
    List<String> seen = new ArrayList<>();
    bus.subscribe(new EventFilter(Map.of("event", Set.of("die"))), 1, 0, e -> seen.add(e.action()));
    publish("start");
    publish("die");
    assertThat(seen).containsExactly("die");
  }

  @Test
  void closedSubscriptionsReceiveNothing() {
    List<String> seen = new ArrayList<>();
    EventBus.Subscription s = bus.subscribe(EventFilter.none(), 0, 0, e -> seen.add(e.action()));
    assertThat(bus.subscriberCount()).isEqualTo(1);
    s.close();
    publish("start");
    assertThat(seen).isEmpty();
    assertThat(bus.subscriberCount()).isZero();
  }

  @Test
  void bufferKeepsTheLastEventsOnly() {
    for (int i = 0; i < EventBus.BUFFER_SIZE + 10; i++) {
      publish("a" + i);
    }
    List<String> seen = new ArrayList<>();
    bus.subscribe(EventFilter.none(), 1, 0, e -> seen.add(e.action()));
    assertThat(seen).hasSize(EventBus.BUFFER_SIZE).first().isEqualTo("a10");
  }

  @Test
  void replayAndConcurrentPublishingLoseAndDuplicateNothing() throws InterruptedException {
    EventBus realClock = new EventBus();
    for (int i = 0; i < 100; i++) {
      realClock.publish(EventType.CONTAINER, "before" + i, Actor.of("c"));
    }
    Thread publisher = new Thread(() -> {
      for (int i = 0; i < 2_000; i++) {
        realClock.publish(EventType.CONTAINER, "during" + i, Actor.of("c"));
      }
    });
    List<Event> seen = Collections.synchronizedList(new ArrayList<>());
    publisher.start();
    realClock.subscribe(EventFilter.none(), 1, 0, seen::add);
    publisher.join(10_000);
    List<Long> stamps = seen.stream().map(Event::timeNano).toList();
    assertThat(stamps).isSorted().doesNotHaveDuplicates();
    List<String> during = seen.stream().map(Event::action).filter(a -> a.startsWith("during")).toList();
    int first = Integer.parseInt(during.get(0).substring("during".length()));
    for (int i = 0; i < during.size(); i++) {
      assertThat(during.get(i)).isEqualTo("during" + (first + i));
    }
    assertThat(first + during.size()).as("no event lost after the first one seen").isEqualTo(2_000);
  }
}
