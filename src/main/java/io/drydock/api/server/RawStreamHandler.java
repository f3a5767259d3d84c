package io.drydock.api.server;

import io.drydock.api.RawStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The end of a hijacked pipeline: raw bytes in and out. Input that arrives before the route has
 * registered its sink is kept and handed over on registration, so nothing sent right after the
 * request headers is lost.
 */
final class RawStreamHandler extends ChannelInboundHandlerAdapter implements RawStream {
  private final Channel channel;
  private Consumer<byte[]> sink;
  private Runnable inputClosed;
  private final List<byte[]> early = new ArrayList<>();
  private boolean eof;

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
      deliver(ByteBufUtil.getBytes(buf));
    } finally {
      buf.release();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      inputEnded();
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    inputEnded();
    ctx.fireChannelInactive();
  }

  private synchronized void deliver(byte[] bytes) {
    if (sink == null) {
      early.add(bytes);
    } else {
      sink.accept(bytes);
    }
  }

  private void inputEnded() {
    Runnable action;
    synchronized (this) {
      if (eof) {
        return;
      }
      eof = true;
      action = inputClosed;
    }
    if (action != null) {
      action.run();
    }
  }

  @Override
  public void write(byte[] bytes) {
    channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public synchronized void onInput(Consumer<byte[]> sink) {
    this.sink = sink;
    early.forEach(sink);
    early.clear();
  }

  @Override
  public void onInputClosed(Runnable action) {
    boolean already;
    synchronized (this) {
      inputClosed = action;
      already = eof;
    }
    if (already) {
      action.run();
    }
  }

  @Override
  public void close() {
    // Behind every write already queued, so the end of a log replay is not cut off.
    channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
  }
}
