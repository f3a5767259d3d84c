package io.drydock.api.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A chunked response body written from a handler thread. When the channel's outbound buffer is
 * full the writer waits for the write to drain, so a producer faster than the client (a multi-GB
 * {@code docker save}) holds at most Netty's high-water mark in memory.
 */
final class NettyByteStream extends OutputStream {
  private final ChannelHandlerContext ctx;
  private final boolean keepAlive;
  private final Runnable completed;
  private final AtomicBoolean closed = new AtomicBoolean();

  NettyByteStream(ChannelHandlerContext ctx, boolean keepAlive, Runnable completed) {
    this.ctx = ctx;
    this.keepAlive = keepAlive;
    this.completed = completed;
    ctx.channel().closeFuture().addListener(f -> {
      if (closed.compareAndSet(false, true)) {
        completed.run();
      }
    });
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    if (closed.get() || !ctx.channel().isActive()) {
      throw new IOException("the client closed the connection");
    }
    var future = ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(Arrays.copyOfRange(b, off, off + len))));
    if (!ctx.channel().isWritable() && !ctx.executor().inEventLoop()) {
      future.awaitUninterruptibly();
      if (!future.isSuccess()) {
        throw new IOException("write to the client failed: " + future.cause());
      }
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    var future = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    if (!keepAlive) {
      future.addListener(ChannelFutureListener.CLOSE);
    }
    completed.run();
  }
}
