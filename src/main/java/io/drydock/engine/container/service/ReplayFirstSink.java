package io.drydock.engine.container.service;

import java.util.ArrayList;
import java.util.List;

/**
 * dockerd's attach with {@code logs=1} sends the container's log before its live output. The live
 * session has to be registered first (or output produced meanwhile would be lost), so this sink
 * holds live output back while the log is replayed through {@link #replayed}, and lets it through,
 * in order, on {@link #release}.
 */
final class ReplayFirstSink implements AttachSink {
  private final AttachSink target;
  private List<Runnable> held = new ArrayList<>();

  ReplayFirstSink(AttachSink target) {
    this.target = target;
  }

  @Override
  public void output(StdStream stream, byte[] data) {
    deliverOrHold(() -> target.output(stream, data));
  }

  @Override
  public void ended() {
    deliverOrHold(target::ended);
  }

  private synchronized void deliverOrHold(Runnable r) {
    if (held == null) {
      r.run();
    } else {
      held.add(r);
    }
  }

  /** One entry of the log, sent ahead of everything held. */
  synchronized void replayed(StdStream stream, byte[] data) {
    if (held == null) {
      throw new IllegalStateException("replay after release");
    }
    target.output(stream, data);
  }

  /** The replay is over: what was held goes out, and later output passes straight through. */
  synchronized void release() {
    List<Runnable> pending = held;
    held = null;
    if (pending != null) {
      pending.forEach(Runnable::run);
    }
  }
}
