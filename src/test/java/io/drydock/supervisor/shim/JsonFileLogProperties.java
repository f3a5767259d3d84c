package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever bytes a container writes, the json-file log read back gives the same text, split into
 * entries at newlines and every 16 KiB, with each byte of invalid UTF-8 replaced by U+FFFD (what
 * Go's encoder, and so dockerd, does). The shim really runs: {@code cat} writes the bytes.
 */
class JsonFileLogProperties {
  private ShimFixture shims;
  private final AtomicInteger tries = new AtomicInteger();

  @BeforeProperty
  void start() throws Exception {
    shims = new ShimFixture();
  }

  @AfterProperty
  void stop() throws Exception {
    shims.close();
  }

  @Property(tries = 60)
  void anyOutputIsReadBackAsWritten(@ForAll("output") byte[] output, @ForAll boolean toStderr) throws Exception {
    String id = "p" + tries.incrementAndGet();
    Path data = shims.root.resolve(id + ".bin");
    Files.write(data, output);
    ShimHandle h = shims.start(shims.sh(id, "cat " + data + (toStderr ? " >&2" : "")));
    assertThat(ShimFixture.awaitExit(h, Duration.ofSeconds(20)).exitCode()).isZero();
    LogStream stream = toStderr ? LogStream.STDERR : LogStream.STDOUT;

    List<LogEntry> read = ShimFixture.log(h);

    assertThat(isStrictUtf8(Files.readAllBytes(h.paths().logFile()))).as("the log file is valid UTF-8").isTrue();
    assertThat(read).allSatisfy(e -> assertThat(e.stream()).isEqualTo(stream));
    assertThat(read).extracting(LogEntry::log).containsExactlyElementsOf(expectedEntries(output));
  }

  @Provide
  Arbitrary<byte[]> output() {
    Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(40).map(s -> s.getBytes(StandardCharsets.US_ASCII));
    Arbitrary<byte[]> newline = Arbitraries.just(new byte[] {'\n'});
    Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    Arbitrary<byte[]> codePoint = Arbitraries.integers().between(0x80, 0x10FFFF)
        .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
        .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> special = Arbitraries.of("\"", "\\", "<", ">", "&", "\u2028", "\u2029", "\r", "\t", "\0", "\u007f")
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> invalid = Arbitraries.of(
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0x80},
        new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xf0, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf}, new byte[] {(byte) 0xe2, (byte) 0x82},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xbf}, new byte[] {(byte) 0xf5}, new byte[] {(byte) 0xff},
        new byte[] {(byte) 0xc2}, new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98});
    Arbitrary<byte[]> longRun = Arbitraries.integers().between(16_000, 17_000)
        .map(n -> "é".repeat(n / 2).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> chunk = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, ascii), net.jqwik.api.Tuple.of(6, newline), net.jqwik.api.Tuple.of(4, anyBytes),
        net.jqwik.api.Tuple.of(4, codePoint), net.jqwik.api.Tuple.of(4, special), net.jqwik.api.Tuple.of(3, invalid),
        net.jqwik.api.Tuple.of(1, longRun));
    return chunk.list().ofMaxSize(60).map(JsonFileLogProperties::concat);
  }

  /** The model: entries end at '\n' or after 16384 bytes; each is decoded byte-wise like Go's utf8.DecodeRune. */
  static List<String> expectedEntries(byte[] output) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < output.length; i++) {
      if (output[i] == '\n' || i + 1 - start == ShimProtocol.LOG_LINE_MAX) {
        entries.add(goDecode(output, start, i + 1));
        start = i + 1;
      }
    }
    if (start < output.length) {
      entries.add(goDecode(output, start, output.length));
    }
    return entries;
  }

  /** A sequence is valid when Java's strict UTF-8 decoder turns exactly it into one code point. */
  static String goDecode(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    int i = from;
    while (i < to) {
      int n = validLength(b, i, to);
      if (n == 0) {
        sb.append('\ufffd');
        i++;
      } else {
        sb.append(new String(b, i, n, StandardCharsets.UTF_8));
        i += n;
      }
    }
    return sb.toString();
  }

  private static int validLength(byte[] b, int i, int to) {
    for (int n = 1; n <= 4 && i + n <= to; n++) {
      try {
        String s = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b, i, n)).toString();
        if (s.codePointCount(0, s.length()) == 1) {
          return n;
        }
      } catch (CharacterCodingException e) {
        // not (yet) a whole sequence
      }
    }
    return 0;
  }

  private static boolean isStrictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
