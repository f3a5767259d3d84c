package io.drydock.engine.build;

import io.drydock.common.DrydockException;

/**
 * A build's cancellation, as dockerd's classic builder takes its request context's: the client
 * that asked for the build went away (ctrl-c on {@code docker build}). The running RUN step's
 * container is killed (and then removed, whatever {@code rm} says), and the build stops before its
 * next step instead of running the rest of the Dockerfile for nobody. A cancel after the build
 * ended does nothing.
 */
public final class BuildCancellation {
  private static final Runnable NOTHING = () -> {};
  private boolean cancelled;
  private Runnable onCancel = NOTHING;

  /** Cancels the build; the hook of the step running now runs once, on this thread. */
  public void cancel() {
    Runnable hook;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      hook = onCancel;
      onCancel = NOTHING;
    }
    hook.run();
  }

  public synchronized boolean cancelled() {
    return cancelled;
  }

  /** Fails with Go's words for a cancelled context once cancelled: the next step does not begin. */
  void check() {
    if (cancelled()) {
      throw new DrydockException.Unavailable("context canceled", null);
    }
  }

  /**
   * Makes {@code hook} what a cancel does while the current step runs; a cancel that came first
   * runs it at once. {@link #clear} ends it.
   */
  void whileRunning(Runnable hook) {
    boolean already;
    synchronized (this) {
      already = cancelled;
      onCancel = already ? NOTHING : hook;
    }
    if (already) {
      hook.run();
    }
  }

  synchronized void clear() {
    onCancel = NOTHING;
  }
}
