package io.drydock.api;

import java.util.function.Consumer;

/**
 * A hijacked connection: after the {@code 101 UPGRADED} (or {@code 200 OK}) header block the
 * channel carries raw bytes both ways, with no HTTP framing. Input from the client arrives in
 * {@link #onInput} callbacks; a client half-close ({@code CloseWrite}) arrives as
 * {@link #onInputClosed} while output can still be written, as the docker CLI expects.
 */
public interface RawStream extends AutoCloseable {
  /** Writes bytes to the client and flushes them. */
  void write(byte[] bytes);

  /** Receives every chunk the client sends after the hijack, in order, on the I/O thread. */
  void onInput(Consumer<byte[]> sink);

  /** Runs once when the client has closed its sending side (EOF on the connection). */
  void onInputClosed(Runnable action);

  /** Closes the connection. */
  @Override
  void close();
}
