package io.drydock.api.server;

import io.netty.handler.codec.http.HttpRequest;

/** A request head whose body flows through {@code body} instead of being aggregated. */
record StreamedRequest(HttpRequest head, BodyPipe body) {}
