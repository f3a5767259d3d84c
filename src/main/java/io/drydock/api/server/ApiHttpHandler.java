package io.drydock.api.server;

import io.drydock.api.ApiDispatcher;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.drydock.api.dto.ErrorResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each complete request to the {@link ApiDispatcher} with a {@link NettyApiResponse} bound to
 * this channel. Dispatch runs on the handler executor, so a handler that blocks on the engine does
 * not stall the I/O threads; reading from the connection pauses meanwhile, so requests of one
 * connection are handled one at a time, in order.
 */
final class ApiHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(ApiHttpHandler.class);

  private final ApiDispatcher dispatcher;
  private final ServerIdentity identity;
  private final Executor executor;

  ApiHttpHandler(ApiDispatcher dispatcher, ServerIdentity identity, Executor executor) {
    this.dispatcher = dispatcher;
    this.identity = identity;
    this.executor = executor;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      LOG.debug("bad request: {}", request.decoderResult().cause().toString());
      new NettyApiResponse(ctx, identity, false, false)
          .json(HttpResponseStatus.BAD_REQUEST, new ErrorResponse("malformed HTTP request: " + request.decoderResult().cause().getMessage()));
      return;
    }
    boolean upgrade = request.headers().contains(HttpHeaderNames.UPGRADE);
    if (upgrade) {
      InputHold.install(ctx);
    }
    NettyApiResponse response = new NettyApiResponse(ctx, identity, HttpUtil.isKeepAlive(request) && !upgrade, upgrade);
    byte[] body = ByteBufUtil.getBytes(request.content());
    ctx.channel().config().setAutoRead(false);
    executor.execute(() -> {
      try {
        dispatcher.dispatch(request.method(), request.uri(), request.headers(), body, response);
      } finally {
        ctx.channel().config().setAutoRead(true);
      }
    });
  }

  /** A client that half-closes an HTTP (not hijacked) connection is done with it. */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      ctx.close();
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("connection error: {}", cause.toString());
    ctx.close();
  }
}
