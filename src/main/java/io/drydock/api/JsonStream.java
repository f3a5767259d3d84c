package io.drydock.api;

import java.time.Duration;

/**
 * A streamed JSON response ({@code /events}, progress streams): one JSON value per line, flushed
 * as written. Thread-safe; writes after {@link #close} or after the client went away are dropped.
 */
public interface JsonStream extends AutoCloseable {
  /** Serializes {@code message} and sends it as one line. */
  void send(Object message);

  /** Ends the response (the last chunk); keep-alive connections stay open for the next request. */
  @Override
  void close();

  /** Ends the response after {@code delay}, unless it ended before. */
  void closeAfter(Duration delay);

  /** Runs {@code action} once when the stream ends, by {@link #close} or because the client left. */
  void onClose(Runnable action);
}
