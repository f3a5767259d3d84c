package io.drydock.engine.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The engine's one event bus, playing dockerd's {@code daemon/events} role: producers (container,
 * image, network, volume code) call {@link #publish}; consumers (the {@code /events} stream)
 * {@link #subscribe} with a filter and an optional {@code since}, and first receive the buffered
 * events from that time, then live ones, with no gap and no duplicate between the two. The last
 * {@value #BUFFER_SIZE} events are kept for replay, like dockerd.
 *
 * <p>Listeners run on the publisher's thread and must not block (the API hands events to Netty,
 * which queues them).
 */
public final class EventBus {
  public static final int BUFFER_SIZE = 256;

  private final LongSupplier clockNanos;
  private final ArrayDeque<Event> buffer = new ArrayDeque<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private long lastStamp;

  /** A bus stamping events with the wall clock. */
  public EventBus() {
    this(EventBus::wallClockNanos);
  }

  /** A bus stamping events with {@code clockNanos} (nanoseconds since the epoch); for tests. */
  public EventBus(LongSupplier clockNanos) {
    this.clockNanos = Objects.requireNonNull(clockNanos);
  }

  /** Records and delivers an event, stamped now (strictly after the previous one). */
  public Event publish(EventType type, String action, Actor actor) {
    Event event;
    List<Listener> targets;
    synchronized (this) {
      lastStamp = Math.max(lastStamp + 1, clockNanos.getAsLong());
      event = new Event(type, action, actor, Event.LOCAL_SCOPE, lastStamp);
      buffer.addLast(event);
      if (buffer.size() > BUFFER_SIZE) {
        buffer.removeFirst();
      }
      targets = List.copyOf(listeners);
    }
    for (Listener l : targets) {
      l.offer(event);
    }
    return event;
  }

  /**
   * Subscribes {@code sink} to events matching {@code filter}. When {@code sinceNano} is positive,
   * buffered events at or after it (and at or before {@code untilNano} when that is positive) are
   * delivered first, on the caller's thread, before this method returns.
   */
  public Subscription subscribe(EventFilter filter, long sinceNano, long untilNano, Consumer<Event> sink) {
    Listener listener = new Listener(filter, sink);
    List<Event> replay = new ArrayList<>();
    synchronized (this) {
      if (sinceNano > 0 || untilNano > 0) {
        for (Event e : buffer) {
          if (e.timeNano() >= sinceNano && (untilNano <= 0 || e.timeNano() <= untilNano)) {
            replay.add(e);
          }
        }
      }
      listeners.add(listener);
      listener.holdUntilReplayed();
    }
    replay.forEach(listener::deliver);
    listener.releaseHeld();
    return () -> listeners.remove(listener);
  }

  /** The current time as this bus sees it, for resolving {@code until} against {@code now}. */
  public long nowNanos() {
    return clockNanos.getAsLong();
  }

  /** Number of live subscriptions; lets tests see that a stream was closed. */
  public int subscriberCount() {
    return listeners.size();
  }

  private static long wallClockNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** An open subscription; closing it stops delivery. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Delivers in order: live events published during the replay wait until the replay is done. */
  private static final class Listener {
    private final EventFilter filter;
    private final Consumer<Event> sink;
    private List<Event> held;

    Listener(EventFilter filter, Consumer<Event> sink) {
      this.filter = filter;
      this.sink = sink;
    }

    synchronized void holdUntilReplayed() {
      held = new ArrayList<>();
    }

    synchronized void releaseHeld() {
      List<Event> pending = held;
      held = null;
      pending.forEach(this::deliver);
    }

    synchronized void offer(Event event) {
      if (held != null) {
        held.add(event);
      } else {
        deliver(event);
      }
    }

    synchronized void deliver(Event event) {
      if (filter.matches(event)) {
        sink.accept(event);
      }
    }
  }
}
