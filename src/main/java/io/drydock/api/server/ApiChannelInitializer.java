package io.drydock.api.server;

import io.drydock.api.ApiDispatcher;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Builds the per-connection pipeline described in {@code package-info}. */
final class ApiChannelInitializer extends ChannelInitializer<Channel> {
  static final String TLS = "tls";
  static final String CODEC = "codec";
  static final String STREAM = "stream";
  static final String AGGREGATOR = "aggregator";
  static final String API = "api";
  static final String RAW = "raw";

  private final ApiDispatcher dispatcher;
  private final ServerIdentity identity;
  private final int maxBodyBytes;
  private final Executor handlerGroup;
  private final Optional<SslContext> tls;

  ApiChannelInitializer(ApiDispatcher dispatcher, ServerIdentity identity, int maxBodyBytes, Executor handlerGroup, Optional<SslContext> tls) {
    this.dispatcher = dispatcher;
    this.identity = identity;
    this.maxBodyBytes = maxBodyBytes;
    this.handlerGroup = handlerGroup;
    this.tls = tls;
  }

  @Override
  protected void initChannel(Channel ch) {
    tls.ifPresent(ssl -> ch.pipeline().addLast(TLS, ssl.newHandler(ch.alloc())));
    ch.pipeline()
        .addLast(CODEC, new HttpServerCodec())
        .addLast(STREAM, new BodyStreamSplitter(dispatcher))
        .addLast(AGGREGATOR, new BodyLimitAggregator(maxBodyBytes, identity))
        .addLast(API, new ApiHttpHandler(dispatcher, identity, handlerGroup));
  }
}
