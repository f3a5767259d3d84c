package io.drydock.api.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.drydock.api.ApiJson;
import io.drydock.api.JsonStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A chunked response of newline-terminated JSON values (Go's {@code json.Encoder} framing). */
final class NettyJsonStream implements JsonStream {
  private final ChannelHandlerContext ctx;
  private final boolean keepAlive;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();

  NettyJsonStream(ChannelHandlerContext ctx, boolean keepAlive, Runnable completed) {
    this.ctx = ctx;
    this.keepAlive = keepAlive;
    closeActions.add(completed);
    ctx.channel().closeFuture().addListener(f -> ended());
  }

  @Override
  public synchronized void send(Object message) {
    if (closed.get()) {
      return;
    }
    byte[] line;
    try {
      line = ApiJson.MAPPER.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + message.getClass().getSimpleName(), e);
    }
    ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(line, new byte[] {'\n'})));
  }

  @Override
  public synchronized void close() {
    if (closed.get()) {
      return;
    }
    var future = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    if (!keepAlive) {
      future.addListener(ChannelFutureListener.CLOSE);
    }
    ended();
  }

  @Override
  public void closeAfter(Duration delay) {
    ctx.executor().schedule(this::close, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void onClose(Runnable action) {
    closeActions.add(action);
    if (closed.get()) {
      action.run();
    }
  }

  private void ended() {
    if (closed.compareAndSet(false, true)) {
      closeActions.forEach(Runnable::run);
    }
  }
}
