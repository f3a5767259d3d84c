package io.drydock.api.server;

import io.drydock.api.ApiJson;
import io.drydock.api.dto.ErrorResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * Collects a request and its body up to a limit. A larger body (announced or streamed) is refused
 * with 413 and Docker's JSON error body, and the connection is closed, because the rest of the
 * body is still on the wire.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private final ServerIdentity identity;

  BodyLimitAggregator(int maxBodyBytes, ServerIdentity identity) {
    super(maxBodyBytes);
    this.identity = identity;
  }

  static String message(int maxBodyBytes) {
    return "request body is too large: the limit is " + maxBodyBytes + " bytes";
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
    byte[] body = (ApiJson.MAPPER.writeValueAsString(new ErrorResponse(message(maxContentLength()))) + "\n").getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .set(HttpHeaderNames.SERVER, identity.serverHeader())
        .set("API-Version", io.drydock.api.ApiVersion.CURRENT.text())
        .set("OSType", "linux")
        .set("Docker-Experimental", "false");
    HttpUtil.setContentLength(response, body.length);
    HttpUtil.setKeepAlive(response, false);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
