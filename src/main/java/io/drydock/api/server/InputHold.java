package io.drydock.api.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the raw bytes that follow a request asking for {@code Upgrade}: a client may send stdin
 * right behind the request, before it has seen {@code 101}. Installed on the I/O thread while the
 * request is being handed to the route: the HTTP decoder is taken out at once (so those bytes are
 * not parsed as a next request) and what it had buffered lands here. A hijack releases everything
 * to the raw stream; otherwise the connection closes after the response.
 */
final class InputHold extends ChannelInboundHandlerAdapter {
  static final String NAME = "hold";

  private final List<Object> held = new ArrayList<>();
  private ChannelHandlerContext ctx;
  private boolean released;

  /** Puts a hold in front of {@code apiCtx}'s handler and stops HTTP decoding on the channel. */
  static void install(ChannelHandlerContext apiCtx) {
    apiCtx.pipeline().addBefore(apiCtx.name(), NAME, new InputHold());
    HttpServerCodec codec = apiCtx.pipeline().get(HttpServerCodec.class);
    if (codec != null) {
      codec.removeInboundHandler();
    }
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (released) {
      ctx.fireChannelRead(msg);
    } else {
      held.add(msg);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (!released && evt instanceof ChannelInputShutdownEvent) {
      held.add(evt);
    } else {
      ctx.fireUserEventTriggered(evt);
    }
  }

  /** Hands everything held to the next handler and leaves the pipeline; on the I/O thread. */
  void release() {
    released = true;
    for (Object o : held) {
      if (o instanceof ChannelInputShutdownEvent) {
        ctx.fireUserEventTriggered(o);
      } else {
        ctx.fireChannelRead(o);
      }
    }
    held.clear();
    ctx.pipeline().remove(this);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    held.forEach(ReferenceCountUtil::safeRelease);
    held.clear();
  }
}
