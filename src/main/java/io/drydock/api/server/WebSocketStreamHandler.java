package io.drydock.api.server;

import io.drydock.api.RawStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a websocket pipeline, seen by a route as a {@link RawStream}: each write is one data
 * frame (binary, or text for clients of API &lt; 1.28 as dockerd does), the payload of each data
 * frame from the client is input, pings are answered, and the client's close frame (or the
 * connection dropping) is the end of input. Input that arrives before the route registered its
 * sink is kept for it.
 */
final class WebSocketStreamHandler extends ChannelInboundHandlerAdapter implements RawStream {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketStreamHandler.class);

  private final Channel channel;
  private final boolean binaryFrames;
  private final AtomicBoolean closeSent = new AtomicBoolean();
  private final InputRelay input = new InputRelay();

  WebSocketStreamHandler(Channel channel, boolean binaryFrames) {
    this.channel = channel;
    this.binaryFrames = binaryFrames;
  }

  InputHold pipelineHold() {
    return channel.pipeline().get(InputHold.class);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof CloseWebSocketFrame close) {
        input.ended();
        sendClose(close.statusCode() > 0 ? close.statusCode() : WebSocketCloseStatus.NORMAL_CLOSURE.code());
      } else if (msg instanceof PingWebSocketFrame ping) {
        ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
      } else if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame || msg instanceof ContinuationWebSocketFrame) {
        input.deliver(ByteBufUtil.getBytes(((WebSocketFrame) msg).content()));
      } else if (msg instanceof ByteBuf) {
        LOG.debug("dropping bytes a websocket client sent before the handshake completed");
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    input.ended();
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("websocket connection error: {}", cause.toString());
    ctx.close();
  }

  @Override
  public void write(byte[] bytes) {
    if (closeSent.get()) {
      return;
    }
    var payload = Unpooled.wrappedBuffer(bytes);
    channel.writeAndFlush(binaryFrames ? new BinaryWebSocketFrame(payload) : new TextWebSocketFrame(payload));
  }

  @Override
  public void onInput(Consumer<byte[]> sink) {
    input.onInput(sink);
  }

  @Override
  public void onInputClosed(Runnable action) {
    input.onInputClosed(action);
  }

  /** Ends the stream the websocket way: a close frame (normal closure), then the connection. */
  @Override
  public void close() {
    sendClose(WebSocketCloseStatus.NORMAL_CLOSURE.code());
  }

  private void sendClose(int status) {
    if (closeSent.compareAndSet(false, true)) {
      channel.writeAndFlush(new CloseWebSocketFrame(status, "")).addListener(ChannelFutureListener.CLOSE);
    }
  }
}
