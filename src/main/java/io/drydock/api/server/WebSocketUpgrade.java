package io.drydock.api.server;

import io.drydock.api.ApiRequest;
import io.drydock.common.DrydockException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * The websocket opening handshake on an API connection, with Netty's handshaker and frame codec.
 * {@link #check} validates the request before anything is sent (so a bad one still gets a normal
 * JSON 400); {@link #takeOver} answers {@code 101 Switching Protocols}, swaps the HTTP codec for
 * the websocket frame codec and puts a {@link WebSocketStreamHandler} where the API handler was.
 */
final class WebSocketUpgrade {
  /** Largest frame accepted from a client (stdin); larger messages arrive as several frames. */
  static final int MAX_FRAME_PAYLOAD = 1 << 20;

  private final WebSocketServerHandshaker handshaker;
  private final FullHttpRequest request;

  private WebSocketUpgrade(WebSocketServerHandshaker handshaker, FullHttpRequest request) {
    this.handshaker = handshaker;
    this.request = request;
  }

  /** A handshake for {@code request}, or InvalidArgument saying what the request lacks. */
  static WebSocketUpgrade check(ApiRequest request) {
    HttpHeaders h = request.headers();
    if (!request.method().equals(HttpMethod.GET)
        || !h.containsValue(HttpHeaderNames.UPGRADE, "websocket", true)
        || !h.contains(HttpHeaderNames.SEC_WEBSOCKET_KEY)) {
      throw new DrydockException.InvalidArgument(
          "websocket: not a websocket handshake: a GET with 'Upgrade: websocket', 'Connection: Upgrade' and 'Sec-WebSocket-Key' is required");
    }
    FullHttpRequest full = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, request.path(), Unpooled.EMPTY_BUFFER,
        h.copy(), EmptyHttpHeaders.INSTANCE);
    WebSocketDecoderConfig config = WebSocketDecoderConfig.newBuilder().maxFramePayloadLength(MAX_FRAME_PAYLOAD).allowExtensions(false).build();
    WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(request.path(), null, config).newHandshaker(full);
    if (handshaker == null) {
      throw new DrydockException.InvalidArgument("websocket: unsupported Sec-WebSocket-Version "
          + h.get(HttpHeaderNames.SEC_WEBSOCKET_VERSION) + ": only version 13 is supported");
    }
    return new WebSocketUpgrade(handshaker, full);
  }

  /**
   * Sends the 101 (with {@code headers}) and turns the channel of {@code apiCtx} into a websocket
   * stream; bytes held since the request (a client may not send frames before the 101, so there
   * should be none) are discarded by the stream handler. Runs on the channel's event loop.
   */
  WebSocketStreamHandler takeOver(ChannelHandlerContext apiCtx, HttpHeaders headers, boolean binaryFrames) {
    WebSocketStreamHandler stream = new WebSocketStreamHandler(apiCtx.channel(), binaryFrames);
    Runnable swap = () -> {
      // Removes the aggregator, adds the frame codec in front of the HTTP codec, writes the 101,
      // and drops the HTTP codec once the 101 is out.
      handshaker.handshake(apiCtx.channel(), request, headers, apiCtx.channel().newPromise());
      apiCtx.pipeline().replace(apiCtx.name(), ApiChannelInitializer.RAW, stream);
      InputHold hold = stream.pipelineHold();
      if (hold != null) {
        hold.release();
      }
      // The HTTP handler paused reading while it answered; frames from the client are input now.
      apiCtx.channel().config().setAutoRead(true);
    };
    if (apiCtx.executor().inEventLoop()) {
      swap.run();
    } else {
      apiCtx.executor().submit(swap).syncUninterruptibly();
    }
    return stream;
  }
}
