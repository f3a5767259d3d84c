package io.drydock.api.server;

import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.drydock.api.ApiJson;
import io.drydock.api.ApiResponse;
import io.drydock.api.ApiVersion;
import io.drydock.api.JsonStream;
import io.drydock.api.RawStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link ApiResponse} on a Netty channel: adds the version middleware's headers, frames bodies
 * (fixed length, chunked streams, or hijacked raw bytes) and honours keep-alive.
 */
final class NettyApiResponse implements ApiResponse {
  static final HttpResponseStatus UPGRADED = new HttpResponseStatus(101, "UPGRADED");
  static final String RAW_STREAM = "application/vnd.docker.raw-stream";

  private final ChannelHandlerContext ctx;
  private final ServerIdentity identity;
  private final boolean keepAlive;
  private final boolean upgradeRequested;
  private final HttpHeaders extra = new DefaultHttpHeaders();
  private final AtomicBoolean committed = new AtomicBoolean();
  private final Runnable completed;
  private final AtomicBoolean done = new AtomicBoolean();
  private volatile boolean watchingClient;

  /**
   * @param completed runs once when the response is fully written (for streams: when they end), so
   *     the connection can move on to its next request; never for a hijacked connection
   */
  NettyApiResponse(ChannelHandlerContext ctx, ServerIdentity identity, boolean keepAlive, boolean upgradeRequested, Runnable completed) {
    this.ctx = ctx;
    this.identity = identity;
    this.keepAlive = keepAlive;
    this.upgradeRequested = upgradeRequested;
    this.completed = () -> {
      if (done.compareAndSet(false, true)) {
        stopWatchingClient();
        completed.run();
      }
    };
  }

  /**
   * Reading, paused while a request is handled, is resumed once, and a {@link ClientLeaving} at the
   * head of the pipeline sees the client's end; it leaves when the response ends.
   */
  @Override
  public void onClientGone(Runnable action) {
    watchingClient = true;
    ctx.executor().execute(() -> {
      if (done.get()) {
        return;
      }
      if (!ctx.channel().isActive()) {
        action.run();
        return;
      }
      if (ctx.pipeline().get(ClientLeaving.NAME) == null) {
        ctx.pipeline().addFirst(ClientLeaving.NAME, new ClientLeaving(action));
      }
      ctx.read();
    });
  }

  private void stopWatchingClient() {
    if (!watchingClient) {
      return;
    }
    ctx.executor().execute(() -> {
      if (ctx.pipeline().get(ClientLeaving.NAME) != null) {
        ctx.pipeline().remove(ClientLeaving.NAME);
      }
    });
  }

  @Override
  public ApiResponse header(String name, String value) {
    extra.add(name, value);
    return this;
  }

  @Override
  public void json(HttpResponseStatus status, Object body) {
    byte[] bytes;
    try {
      bytes = ApiJson.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
    byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n'; // dockerd's json.Encoder ends every value with a newline
    full(status, "application/json", line);
  }

  @Override
  public void text(HttpResponseStatus status, String contentType, String body) {
    full(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void empty(HttpResponseStatus status) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
    decorate(response);
    if (status.code() != 204 && status.code() != 304) {
      HttpUtil.setContentLength(response, 0);
    }
    send(response);
  }

  private void full(HttpResponseStatus status, String contentType, byte[] body) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    decorate(response);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    HttpUtil.setContentLength(response, body.length);
    send(response);
  }

  private void send(FullHttpResponse response) {
    commit();
    HttpUtil.setKeepAlive(response, keepAlive);
    var future = ctx.writeAndFlush(response);
    if (!keepAlive) {
      future.addListener(ChannelFutureListener.CLOSE);
    }
    completed.run();
  }

  @Override
  public JsonStream openJsonStream(HttpResponseStatus status) {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    decorate(response);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    HttpUtil.setTransferEncodingChunked(response, true);
    HttpUtil.setKeepAlive(response, keepAlive);
    commit();
    ctx.writeAndFlush(response);
    return new NettyJsonStream(ctx, keepAlive, completed);
  }

  @Override
  public OutputStream openByteStream(HttpResponseStatus status, String contentType) {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    decorate(response);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    HttpUtil.setTransferEncodingChunked(response, true);
    HttpUtil.setKeepAlive(response, keepAlive);
    commit();
    ctx.writeAndFlush(response);
    return new NettyByteStream(ctx, keepAlive, completed);
  }

  @Override
  public RawStream hijack() {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, upgradeRequested ? UPGRADED : HttpResponseStatus.OK);
    decorate(response);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, RAW_STREAM);
    if (upgradeRequested) {
      response.headers().set(HttpHeaderNames.CONNECTION, "Upgrade").set(HttpHeaderNames.UPGRADE, "tcp");
    }
    commit();
    return takeOver(response);
  }

  @Override
  public void hijackRefused(HttpResponseStatus status, String message) {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    response.headers().set("Content-Type", RAW_STREAM);
    commit();
    RawStream raw = takeOver(response);
    raw.write((message + "\r\n").getBytes(StandardCharsets.UTF_8));
    raw.close();
  }

  /** Sends {@code response}'s header block, then swaps the HTTP codec for a raw byte stream. */
  private RawStream takeOver(HttpResponse response) {
    RawStreamHandler raw = new RawStreamHandler(ctx.channel());
    Runnable takeOver = () -> {
      ctx.pipeline().replace(ctx.name(), ApiChannelInitializer.RAW, raw);
      // On the event loop the header block is encoded inside this call, so the codec can go now.
      ctx.pipeline().context(raw).writeAndFlush(response);
      ctx.pipeline().remove(ApiChannelInitializer.AGGREGATOR);
      ctx.pipeline().remove(ApiChannelInitializer.CODEC);
      InputHold hold = ctx.pipeline().get(InputHold.class);
      if (hold != null) {
        hold.release();
      }
      // Reading was paused while the request was handled; a hijacked client types at any time
      // (one that has already half-closed has nothing more to send).
      if (!(ctx.channel() instanceof DuplexChannel duplex && duplex.isInputShutdown())) {
        ctx.channel().config().setAutoRead(true);
      }
    };
    if (ctx.executor().inEventLoop()) {
      takeOver.run();
    } else {
      ctx.executor().submit(takeOver).syncUninterruptibly();
    }
    return raw;
  }

  @Override
  public RawStream upgradeToWebSocket(io.drydock.api.ApiRequest request, boolean binaryFrames) {
    WebSocketUpgrade upgrade = WebSocketUpgrade.check(request);
    HttpResponse headers = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.SWITCHING_PROTOCOLS);
    decorate(headers);
    commit();
    return upgrade.takeOver(ctx, headers.headers(), binaryFrames);
  }

  @Override
  public void abort() {
    ctx.close();
    completed.run();
  }

  @Override
  public boolean committed() {
    return committed.get();
  }

  private void commit() {
    if (!committed.compareAndSet(false, true)) {
      throw new IllegalStateException("response already sent");
    }
  }

  private void decorate(HttpResponse response) {
    response.headers()
        .set(HttpHeaderNames.SERVER, identity.serverHeader())
        .set("API-Version", ApiVersion.CURRENT.text())
        .set("OSType", "linux")
        .set("Docker-Experimental", "false")
        .add(extra);
  }
}
