package io.drydock.api.server;

import io.drydock.api.ApiDispatcher;
import io.drydock.api.dto.ErrorResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each complete request to the {@link ApiDispatcher} with a {@link NettyApiResponse} bound to
 * this channel. Dispatch runs on the handler executor, so a handler that blocks on the engine does
 * not stall the I/O threads. Requests of one connection are answered one at a time, in order, like
 * Go's server: the next (pipelined) request is dispatched only when the previous response is
 * complete, streams included. All fields are touched on the channel's I/O thread only.
 */
final class ApiHttpHandler extends SimpleChannelInboundHandler<Object> {
  private static final Logger LOG = LoggerFactory.getLogger(ApiHttpHandler.class);

  private final ApiDispatcher dispatcher;
  private final ServerIdentity identity;
  private final Executor executor;
  private final ArrayDeque<Object> waiting = new ArrayDeque<>();
  private boolean busy;
  private boolean closeWhenIdle;

  ApiHttpHandler(ApiDispatcher dispatcher, ServerIdentity identity, Executor executor) {
    this.dispatcher = dispatcher;
    this.identity = identity;
    this.executor = executor;
  }

  @Override
  public boolean acceptInboundMessage(Object msg) {
    return msg instanceof FullHttpRequest || msg instanceof StreamedRequest;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object request) {
    waiting.add(request instanceof FullHttpRequest full ? full.retain() : request);
    ctx.channel().config().setAutoRead(false);
    if (!busy) {
      next(ctx);
    }
  }

  private void next(ChannelHandlerContext ctx) {
    Object request = waiting.poll();
    if (request == null) {
      busy = false;
      if (closeWhenIdle) {
        ctx.close();
      } else {
        ctx.channel().config().setAutoRead(true);
      }
      return;
    }
    busy = true;
    if (request instanceof StreamedRequest streamed) {
      startStreamed(ctx, streamed);
      return;
    }
    FullHttpRequest full = (FullHttpRequest) request;
    try {
      start(ctx, full);
    } finally {
      full.release();
    }
  }

  /** A request whose body is read by the handler while it arrives; the pipe is closed when it is done. */
  private void startStreamed(ChannelHandlerContext ctx, StreamedRequest streamed) {
    BodyPipe body = streamed.body();
    Runnable done = () -> {
      body.close();
      ctx.executor().execute(() -> next(ctx));
    };
    HttpRequest head = streamed.head();
    NettyApiResponse response = new NettyApiResponse(ctx, identity, HttpUtil.isKeepAlive(head), false, done);
    var method = head.method();
    var uri = head.uri();
    var headers = head.headers().copy();
    executor.execute(() -> dispatcher.dispatchStreamed(method, uri, headers, body, response));
  }

  private void start(ChannelHandlerContext ctx, FullHttpRequest request) {
    Runnable done = () -> ctx.executor().execute(() -> next(ctx));
    if (request.decoderResult().isFailure()) {
      LOG.debug("bad request: {}", request.decoderResult().cause().toString());
      new NettyApiResponse(ctx, identity, false, false, done)
          .json(HttpResponseStatus.BAD_REQUEST, new ErrorResponse("malformed HTTP request: " + request.decoderResult().cause().getMessage()));
      return;
    }
    boolean upgrade = request.headers().contains(HttpHeaderNames.UPGRADE);
    if (upgrade) {
      InputHold.install(ctx);
    }
    NettyApiResponse response = new NettyApiResponse(ctx, identity, HttpUtil.isKeepAlive(request) && !upgrade, upgrade, done);
    byte[] body = ByteBufUtil.getBytes(request.content());
    var method = request.method();
    var uri = request.uri();
    var headers = request.headers().copy();
    executor.execute(() -> dispatcher.dispatch(method, uri, headers, body, response));
  }

  /** A client that half-closes an HTTP (not hijacked) connection is done with it once answered. */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      if (busy) {
        closeWhenIdle = true;
      } else {
        ctx.close();
      }
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    waiting.forEach(io.netty.util.ReferenceCountUtil::release);
    waiting.clear();
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("connection error: {}", cause.toString());
    ctx.close();
  }
}
