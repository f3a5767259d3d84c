package io.drydock.api.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches, for one long request, whether its client goes away: the end of the client's input
 * (a closed or half-closed connection) or the connection's end runs the action once. Go's HTTP
 * server notices the same with a read in the background and cancels the request's context, which
 * is how ctrl-c on {@code docker build} stops dockerd's build. The events pass on unchanged;
 * the handler leaves the pipeline when the response ends.
 */
final class ClientLeaving extends ChannelInboundHandlerAdapter {
  static final String NAME = "client-leaving";
  private final Runnable action;
  private final AtomicBoolean fired = new AtomicBoolean();

  ClientLeaving(Runnable action) {
    this.action = action;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof ChannelInputShutdownEvent) {
      fire();
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    fire();
    super.channelInactive(ctx);
  }

  private void fire() {
    if (fired.compareAndSet(false, true)) {
      action.run();
    }
  }
}
