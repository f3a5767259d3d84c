package io.drydock.api.server;

import io.drydock.api.RawStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.util.function.Consumer;

/**
 * The end of a hijacked pipeline: raw bytes in and out. Input that arrives before the route has
 * registered its sink is kept and handed over on registration, so nothing sent right after the
 * request headers is lost.
 */
final class RawStreamHandler extends ChannelInboundHandlerAdapter implements RawStream {
  private final Channel channel;
  private final InputRelay input = new InputRelay();

  RawStreamHandler(Channel channel) {
    this.channel = channel;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf buf)) {
      io.netty.util.ReferenceCountUtil.release(msg);
      return;
    }
    try {
      input.deliver(ByteBufUtil.getBytes(buf));
    } finally {
      buf.release();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      input.ended();
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    input.ended();
    ctx.fireChannelInactive();
  }

  @Override
  public void write(byte[] bytes) {
    channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public void onInput(Consumer<byte[]> sink) {
    input.onInput(sink);
  }

  @Override
  public void onInputClosed(Runnable action) {
    input.onInputClosed(action);
  }

  @Override
  public void close() {
    // Behind every write already queued, so the end of a log replay is not cut off.
    channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
  }
}
