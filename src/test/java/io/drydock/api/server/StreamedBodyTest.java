package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.api.RouteHandler;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bodies of streamed operations bypass the aggregator and its limit; others keep both. */
class StreamedBodyTest {
  private final List<Runnable> handlerTasks = new ArrayList<>();

  private final RouteHandler countBytes = (q, s) -> {
    try {
      long n = q.bodyStream().transferTo(java.io.OutputStream.nullOutputStream());
      s.text(HttpResponseStatus.OK, "text/plain", "read " + n + " bytes, held " + q.body().length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  };

  private final RouteHandler answerAtOnce = (q, s) -> s.text(HttpResponseStatus.OK, "text/plain", "did not read");

  private Testbed testbed() {
    return new Testbed(Map.of("upload", countBytes, "early", answerAtOnce, "whole", countBytes), handlerTasks::add, Set.of("upload", "early"));
  }

  private String runHandlers(Testbed t) {
    while (!handlerTasks.isEmpty()) {
      handlerTasks.remove(0).run();
    }
    t.channel.runPendingTasks();
    return t.drain();
  }

  private static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }

  @Test
  void aStreamedBodyFarAboveTheLimitIsReadWhole() {
    Testbed t = testbed();
    String piece = "y".repeat(Testbed.MAX_BODY);
    StringBuilder request = new StringBuilder("POST /test/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 20; i++) {
      request.append(chunk(piece));
    }
    request.append("0\r\n\r\n");
    assertThat(t.exchange(request.toString())).isEmpty();
    String r = runHandlers(t);
    assertThat(r).startsWith("HTTP/1.1 200 OK").endsWith("read " + 20 * Testbed.MAX_BODY + " bytes, held 0");
  }

  @Test
  void otherOperationsStillAggregateAndKeepTheLimit() {
    Testbed t = testbed();
    String r = t.exchange("POST /test/whole HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    r += runHandlers(t);
    assertThat(r).endsWith("read 5 bytes, held 5");
    String big = t.exchange("POST /test/whole HTTP/1.1\r\nHost: x\r\nContent-Length: " + (Testbed.MAX_BODY + 1) + "\r\n\r\n");
    assertThat(big).startsWith("HTTP/1.1 413");
  }

  @Test
  void aBodyTheHandlerLeftUnreadIsDrainedAndTheConnectionServesTheNextRequest() {
    Testbed t = testbed();
    t.exchange("POST /test/early HTTP/1.1\r\nHost: x\r\nContent-Length: 3000\r\n\r\n" + "z".repeat(1000));
    String first = runHandlers(t);
    assertThat(first).startsWith("HTTP/1.1 200 OK").endsWith("did not read");
    t.exchange("z".repeat(2000) + "POST /test/whole HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok");
    String second = runHandlers(t);
    assertThat(second).startsWith("HTTP/1.1 200 OK").endsWith("read 2 bytes, held 2");
  }

  @Test
  void aConnectionLostMidBodyIsAnErrorForTheReaderNotAnEndOfFile() throws IOException {
    EmbeddedChannel channel = new EmbeddedChannel();
    BodyPipe pipe = new BodyPipe(channel);
    pipe.offer(Unpooled.copiedBuffer("abc", StandardCharsets.US_ASCII));
    pipe.fail(new IOException("the connection closed before the request body ended"));
    assertThat(new String(pipe.readNBytes(3), StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThatThrownBy(pipe::read).isInstanceOf(IOException.class).hasMessageContaining("closed before");
    pipe.close();
    channel.finishAndReleaseAll();
  }

  @Test
  void aClosedPipeDropsWhatStillArrives() throws IOException {
    EmbeddedChannel channel = new EmbeddedChannel();
    BodyPipe pipe = new BodyPipe(channel);
    pipe.close();
    var late = Unpooled.copiedBuffer("late", StandardCharsets.US_ASCII);
    pipe.offer(late);
    assertThat(late.refCnt()).isZero();
    assertThatThrownBy(pipe::read).isInstanceOf(IOException.class);
    channel.finishAndReleaseAll();
  }
}
