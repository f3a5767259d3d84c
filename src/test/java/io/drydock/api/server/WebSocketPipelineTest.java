package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.api.ApiDispatcher;
import io.drydock.api.ApiGroup;
import io.drydock.api.ApiOperation;
import io.drydock.api.PathTemplate;
import io.drydock.api.RawStream;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.RouteTable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The websocket upgrade on a real pipeline ({@link EmbeddedChannel}), frames written by hand. */
class WebSocketPipelineTest {
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
  // RFC 6455 section 1.3: the accept value for the sample key above.
  private static final String ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

  private final List<String> events = new ArrayList<>();

  private EmbeddedChannel pipeline(boolean binary) {
    return pipeline(binary, true);
  }

  private EmbeddedChannel pipeline(boolean binary, boolean greet) {
    RouteHandler echo = (q, s) -> {
      RawStream ws = s.upgradeToWebSocket(q, binary);
      if (greet) {
        ws.write("hello".getBytes(StandardCharsets.UTF_8));
      }
      ws.onInput(bytes -> {
        events.add("in:" + new String(bytes, StandardCharsets.UTF_8));
        ws.write(bytes);
      });
      ws.onInputClosed(() -> events.add("closed"));
    };
    RouteGroup group = new RouteGroup() {
      @Override
      public Map<String, RouteHandler> handlers() {
        return Map.of("ws", echo);
      }

      @Override
      public List<ApiOperation> extraOperations() {
        return List.of(new ApiOperation(HttpMethod.GET, PathTemplate.parse("/test/ws"), "ws", ApiGroup.SYSTEM));
      }
    };
    RouteTable table = RouteTable.build(List.of(group));
    return new EmbeddedChannel(new ApiChannelInitializer(new ApiDispatcher(table), new ServerIdentity("0.1.0"), 1024, Runnable::run, Optional.empty()));
  }

  private static String handshake(String extra) {
    return "GET /v1.41/test/ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" + extra + "\r\n";
  }

  private static final String GOOD = "Sec-WebSocket-Key: " + KEY + "\r\nSec-WebSocket-Version: 13\r\n";

  private static byte[] outbound(EmbeddedChannel ch) {
    ch.runPendingTasks();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Object msg;
    while ((msg = ch.readOutbound()) != null) {
      ByteBuf buf = (ByteBuf) msg;
      byte[] b = new byte[buf.readableBytes()];
      buf.readBytes(b);
      out.writeBytes(b);
      buf.release();
    }
    return out.toByteArray();
  }

  /** A client frame: FIN, the opcode, masked as RFC 6455 requires of clients; payload under 126 bytes. */
  private static byte[] clientFrame(int opcode, byte[] payload) {
    byte[] mask = {0x11, 0x22, 0x33, 0x44};
    byte[] f = new byte[6 + payload.length];
    f[0] = (byte) (0x80 | opcode);
    f[1] = (byte) (0x80 | payload.length);
    System.arraycopy(mask, 0, f, 2, 4);
    for (int i = 0; i < payload.length; i++) {
      f[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    return f;
  }

  private static byte[] serverFrame(int opcode, String payload) {
    byte[] p = payload.getBytes(StandardCharsets.UTF_8);
    byte[] f = new byte[2 + p.length];
    f[0] = (byte) (0x80 | opcode);
    f[1] = (byte) p.length;
    System.arraycopy(p, 0, f, 2, p.length);
    return f;
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void handshakeAnswers101WithTheAcceptKeyThenBinaryFramesBothWays() {
    EmbeddedChannel ch = pipeline(true);
    ch.writeInbound(Unpooled.copiedBuffer(handshake(GOOD), StandardCharsets.ISO_8859_1));
    String r = text(outbound(ch));
    assertThat(r).startsWith("HTTP/1.1 101 Switching Protocols\r\n")
        .containsIgnoringCase("upgrade: websocket\r\n")
        .containsIgnoringCase("sec-websocket-accept: " + ACCEPT + "\r\n")
        .containsIgnoringCase("api-version: 1.41\r\n")
        .endsWith("\r\n\r\n" + text(serverFrame(0x2, "hello")));
    assertThat(ch.pipeline().get(ApiChannelInitializer.CODEC)).isNull();

    ch.writeInbound(Unpooled.wrappedBuffer(clientFrame(0x1, "abc".getBytes(StandardCharsets.UTF_8))));
    assertThat(outbound(ch)).isEqualTo(serverFrame(0x2, "abc"));
    ch.writeInbound(Unpooled.wrappedBuffer(clientFrame(0x2, "def".getBytes(StandardCharsets.UTF_8))));
    assertThat(outbound(ch)).isEqualTo(serverFrame(0x2, "def"));
    assertThat(events).containsExactly("in:abc", "in:def");
  }

  @Test
  void pingsAreAnsweredAndACloseFrameEndsInputAndIsEchoedBeforeTheConnectionCloses() {
    EmbeddedChannel ch = pipeline(true);
    ch.writeInbound(Unpooled.copiedBuffer(handshake(GOOD), StandardCharsets.ISO_8859_1));
    outbound(ch);
    ch.writeInbound(Unpooled.wrappedBuffer(clientFrame(0x9, "p".getBytes(StandardCharsets.UTF_8))));
    assertThat(outbound(ch)).isEqualTo(serverFrame(0xA, "p"));
    ch.writeInbound(Unpooled.wrappedBuffer(clientFrame(0x8, new byte[] {0x03, (byte) 0xE8})));
    byte[] close = outbound(ch);
    assertThat(close).containsExactly((byte) 0x88, (byte) 0x02, (byte) 0x03, (byte) 0xE8);
    assertThat(events).containsExactly("closed");
    assertThat(ch.isOpen()).isFalse();
  }

  @Test
  void the101IsFlushedEvenBeforeAnyOutput() {
    EmbeddedChannel ch = pipeline(true, false);
    ch.writeInbound(Unpooled.copiedBuffer(handshake(GOOD), StandardCharsets.ISO_8859_1));
    assertThat(text(outbound(ch))).startsWith("HTTP/1.1 101 Switching Protocols\r\n").endsWith("\r\n\r\n");
    ch.writeInbound(Unpooled.wrappedBuffer(clientFrame(0x2, "x".getBytes(StandardCharsets.UTF_8))));
    assertThat(outbound(ch)).isEqualTo(serverFrame(0x2, "x"));
  }

  @Test
  void textFramesWhenAskedFor() {
    EmbeddedChannel ch = pipeline(false);
    ch.writeInbound(Unpooled.copiedBuffer(handshake(GOOD), StandardCharsets.ISO_8859_1));
    assertThat(text(outbound(ch))).endsWith("\r\n\r\n" + text(serverFrame(0x1, "hello")));
  }

  @Test
  void aRequestWithoutAKeyIsA400AndNoUpgrade() {
    EmbeddedChannel ch = pipeline(true);
    ch.writeInbound(Unpooled.copiedBuffer(handshake("Sec-WebSocket-Version: 13\r\n"), StandardCharsets.ISO_8859_1));
    String r = text(outbound(ch));
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request").contains("not a websocket handshake");
    assertThat(events).isEmpty();
  }

  @Test
  void anUnsupportedVersionIsA400NamingIt() {
    EmbeddedChannel ch = pipeline(true);
    ch.writeInbound(Unpooled.copiedBuffer(handshake("Sec-WebSocket-Key: " + KEY + "\r\nSec-WebSocket-Version: 99\r\n"), StandardCharsets.ISO_8859_1));
    assertThat(text(outbound(ch))).startsWith("HTTP/1.1 400 Bad Request").contains("unsupported Sec-WebSocket-Version 99");
  }

  @Test
  void aPlainGetWithoutUpgradeIsA400OnAKeptConnection() {
    EmbeddedChannel ch = pipeline(true);
    ch.writeInbound(Unpooled.copiedBuffer("GET /test/ws HTTP/1.1\r\nHost: x\r\n\r\n", StandardCharsets.ISO_8859_1));
    assertThat(text(outbound(ch))).startsWith("HTTP/1.1 400 Bad Request");
    assertThat(ch.isOpen()).isTrue();
  }
}
