package io.drydock.api.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The client-to-route half of a hijacked stream, shared by the raw and the websocket ends: input
 * that arrives before the route registered its sink is kept and handed over on registration (so
 * nothing sent right behind the request is lost), and the end of input runs the route's action
 * exactly once, whether it came before or after the route asked for it.
 */
final class InputRelay {
  private final List<byte[]> early = new ArrayList<>();
  private Consumer<byte[]> sink;
  private Runnable inputClosed;
  private boolean eof;

  /** Input from the client, on the I/O thread. */
  synchronized void deliver(byte[] bytes) {
    if (sink == null) {
      early.add(bytes);
    } else {
      sink.accept(bytes);
    }
  }

  /** The client's input ended (half-close, close frame or a dropped connection). */
  void ended() {
    Runnable action;
    synchronized (this) {
      if (eof) {
        return;
      }
      eof = true;
      action = inputClosed;
    }
    if (action != null) {
      action.run();
    }
  }

  synchronized void onInput(Consumer<byte[]> sink) {
    this.sink = sink;
    early.forEach(sink);
    early.clear();
  }

  void onInputClosed(Runnable action) {
    boolean already;
    synchronized (this) {
      inputClosed = action;
      already = eof;
    }
    if (already) {
      action.run();
    }
  }
}
