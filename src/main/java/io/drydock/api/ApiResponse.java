package io.drydock.api;

import java.io.OutputStream;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * How a route handler answers. Exactly one of the terminal calls ({@link #json}, {@link #text},
 * {@link #empty}, {@link #openJsonStream}, {@link #openByteStream}, {@link #hijack}, {@link
 * #upgradeToWebSocket}) may be made. Every response already
 * carries the headers of the version middleware ({@code API-Version}, {@code OSType},
 * {@code Server}, {@code Docker-Experimental}); {@link #header} adds more before the terminal call.
 *
 * <p>Once a stream has been opened the status line has gone out: errors after that point are the
 * handler's to report in-band (Docker's convention), and the dispatcher only closes the stream.
 */
public interface ApiResponse {
  /** Adds a header to the response about to be sent. */
  ApiResponse header(String name, String value);

  /** A JSON body ({@code Content-Type: application/json}). */
  void json(HttpResponseStatus status, Object body);

  /** A text body with the given content type; for HEAD requests only the headers are sent. */
  void text(HttpResponseStatus status, String contentType, String body);

  /** No body at all (204, 304, or 201 without content). */
  void empty(HttpResponseStatus status);

  /**
   * Sends the status and headers now (chunked, {@code application/json}) and returns a stream of
   * JSON messages, each written as one line and flushed at once.
   */
  JsonStream openJsonStream(HttpResponseStatus status);

  /**
   * Sends the status and headers now (chunked, with {@code contentType}) and returns a stream whose
   * writes go out as chunks: tar archives (save, export, archive) and log streams. Writes block
   * while the client is slower than the producer, so a large archive is not held in memory.
   * Closing the stream ends the response; a write after the client left throws IOException.
   */
  OutputStream openByteStream(HttpResponseStatus status, String contentType);

  /**
   * Takes the connection over for a raw bidirectional byte stream (attach, exec start): answers
   * {@code 101 UPGRADED} when the client asked for {@code Upgrade: tcp}, else {@code 200 OK}, with
   * {@code Content-Type: application/vnd.docker.raw-stream}, then removes the HTTP codec from the
   * channel. See {@link RawStream}.
   */
  RawStream hijack();

  /**
   * Refuses a hijack the way dockerd's attach route does when its backend fails: the connection is
   * taken over and gets a bare {@code HTTP/1.1 <status>} line with only {@code Content-Type:
   * application/vnd.docker.raw-stream}, then {@code message} and CRLF as the body (no length, no
   * version headers), then it closes.
   */
  void hijackRefused(HttpResponseStatus status, String message);

  /**
   * Completes a websocket handshake (RFC 6455, {@code 101 Switching Protocols}) for {@code
   * request} and returns the connection as a stream of messages: each {@link RawStream#write} is
   * one binary frame (a text frame when {@code binaryFrames} is false), the payload of every data
   * frame the client sends arrives in {@link RawStream#onInput}, its close frame in {@link
   * RawStream#onInputClosed}; {@link RawStream#close} sends a close frame (1000) and closes. A
   * request that is not a valid websocket handshake is refused with InvalidArgument before
   * anything is sent.
   */
  RawStream upgradeToWebSocket(ApiRequest request, boolean binaryFrames);

  /**
   * Runs {@code action} (on the network thread: it must not block) if the client closes its side
   * of the connection before this response has ended, as Go's server cancels a request's context.
   * The connection is read for that, so the request's body must have been read already. Nothing
   * by default (a response that is not on a connection).
   */
  default void onClientGone(Runnable action) {}

  /** Ends whatever was started, closing the connection; for errors after {@link #committed}. */
  void abort();

  /** Whether the status line has been sent (so a late error can no longer change it). */
  boolean committed();
}
