package io.drydock.api.server;

import io.drydock.api.ApiDispatcher;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;

/**
 * Sits between the HTTP codec and the aggregator and takes out the requests whose operation
 * streams its body (asked of the {@link ApiDispatcher} when the head arrives): their head goes on
 * at once as a {@link StreamedRequest} (which the aggregator lets pass) and their content goes into
 * its {@link BodyPipe}, so a 100 MiB tar never sits in memory and the JSON body limit does not
 * apply to it. Any other request passes untouched. Content after the handler closed the pipe
 * (it answered without reading everything) is dropped up to the end of the body, which keeps the
 * connection usable for the next request.
 */
final class BodyStreamSplitter extends ChannelInboundHandlerAdapter {
  private final ApiDispatcher dispatcher;
  private BodyPipe current;

  BodyStreamSplitter(ApiDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (current == null && msg instanceof HttpRequest request && !(msg instanceof HttpContent)
        && request.decoderResult().isSuccess() && dispatcher.streamsBody(request.method(), request.uri())) {
      current = new BodyPipe(ctx.channel());
      if (HttpUtil.is100ContinueExpected(request)) {
        request.headers().remove(HttpHeaderNames.EXPECT);
        ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER));
      }
      ctx.fireChannelRead(new StreamedRequest(request, current));
      return;
    }
    if (current != null && msg instanceof HttpContent content) {
      BodyPipe pipe = current;
      boolean last = msg instanceof LastHttpContent;
      pipe.offer(content.content().retain());
      content.release();
      if (last) {
        current = null;
        pipe.end();
      } else if (!pipe.isOpen()) {
        ctx.read();
      }
      return;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (current != null) {
      current.fail(new IOException("the connection closed before the request body ended"));
      current = null;
    }
    ctx.fireChannelInactive();
  }
}
