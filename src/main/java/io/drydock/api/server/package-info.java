/**
 * The Netty edge of the API: listeners (unix sockets, loopback TCP, mutual-TLS TCP), the channel
 * pipeline, and the adapter that lets route handlers answer through {@link
 * io.drydock.api.ApiResponse}.
 *
 * <pre>
 *   [SslHandler]            only on TLS listeners (client certificate required)
 *   HttpServerCodec         "codec"      HTTP/1.1 decode/encode, keep-alive framing
 *   BodyStreamSplitter      "stream"     requests of operations that stream their body (tar
 *                                        uploads) go on at once, their body through a BodyPipe
 *   BodyLimitAggregator     "aggregator" whole request, at most --max-body bytes, else 413 JSON
 *   ApiHttpHandler          "api"        on the handler executor group: dispatch, respond
 * </pre>
 *
 * <p><b>Streamed bodies.</b> The operations a route group lists in {@code streamedBodies()}
 * (archive PUT, image load, image import) get their body as an InputStream that fills while the
 * handler reads it: no size limit, about one socket read held in memory, backpressure by reading
 * the socket only when the handler asks for more. Every other body is aggregated and limited.
 *
 * <p><b>Hijack.</b> A route that needs the raw connection (attach, exec start) calls {@link
 * io.drydock.api.ApiResponse#hijack()}: the adapter writes {@code 101 UPGRADED} (or {@code 200 OK}
 * without an {@code Upgrade} header), then puts a {@link io.drydock.api.server.RawStreamHandler}
 * in place of "api" and removes "aggregator" and "codec"; bytes the decoder had already buffered
 * flow on to the raw handler. A request that carries {@code Upgrade} stops HTTP decoding at once
 * (on the I/O thread, before the route runs): the bytes behind it wait in an {@link
 * io.drydock.api.server.InputHold} until the route hijacks, or are dropped when it answers normally
 * and the connection closes. Channels allow half-closure so the client's {@code CloseWrite} is
 * seen as end of stdin while output continues.
 *
 * <p><b>Websocket.</b> {@link io.drydock.api.ApiResponse#upgradeToWebSocket} (attach/ws) checks
 * the handshake before anything is sent (a bad one is a JSON 400), then on the event loop lets
 * Netty's {@code WebSocketServerHandshaker} write the 101 and put its frame codec in front of the
 * HTTP codec (which it drops), and puts a {@link io.drydock.api.server.WebSocketStreamHandler}
 * in place of "api": data frames in and out, pings answered, close frames both ways.
 *
 * <p>May use: Netty, the api core. Owns no routing or error policy.
 */
package io.drydock.api.server;
