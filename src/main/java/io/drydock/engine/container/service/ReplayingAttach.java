package io.drydock.engine.container.service;

/**
 * An attach session whose client first gets the container's log ({@code logs=1}). The API calls
 * {@link #replay} once its stream to the client exists; live output waits until the replay is over.
 */
public final class ReplayingAttach {
  private final AttachSession session;
  private final Runnable replay;

  ReplayingAttach(AttachSession session, Runnable replay) {
    this.session = session;
    this.replay = replay;
  }

  public AttachSession session() {
    return session;
  }

  /** Sends the log written before the session began, then releases the live output; once. */
  public void replay() {
    replay.run();
  }
}
