package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detach scanner against a plain reference: the same bytes, however they are cut into chunks,
 * give the same forwarded bytes and the same detach; examples are what dockerd 20.10 did.
 */
class DetachScannerProperties {
  private static final DetachKeys KEYS = DetachKeys.DEFAULT;

  /** The whole input at once, byte by byte: forwarded bytes, then "|D" if it detached. */
  private static String reference(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int matched = 0;
    for (byte b : input) {
      if (b == KEYS.at(matched)) {
        matched++;
        if (matched == KEYS.length()) {
          return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1) + "|D";
        }
        continue;
      }
      for (int i = 0; i < matched; i++) {
        out.write(KEYS.at(i));
      }
      matched = 0;
      out.write(b);
    }
    for (int i = 0; i < matched; i++) {
      out.write(KEYS.at(i));
    }
    return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String scan(List<byte[]> chunks) {
    DetachScanner s = new DetachScanner(KEYS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      DetachScanner.Step step = s.feed(c);
      out.writeBytes(step.forward());
      if (step.detach()) {
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1) + "|D";
      }
    }
    out.writeBytes(s.pending());
    return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Provide
  Arbitrary<List<byte[]>> keystrokes() {
    Arbitrary<Byte> key = Arbitraries.of((byte) 16, (byte) 17, (byte) 'a', (byte) 0, (byte) 127);
    return key.array(byte[].class).ofMinSize(0).ofMaxSize(6).list().ofMaxSize(8);
  }

  @Property
  void chunkingDoesNotChangeTheOutcome(@ForAll("keystrokes") List<byte[]> chunks) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    chunks.forEach(all::writeBytes);
    assertThat(scan(chunks)).isEqualTo(reference(all.toByteArray()));
    assertThat(scan(List.of(all.toByteArray()))).isEqualTo(reference(all.toByteArray()));
  }

  @Property
  void withoutTheFirstKeyEverythingGoesThrough(@ForAll("keystrokes") List<byte[]> chunks) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    chunks.forEach(c -> {
      for (byte b : c) {
        if (b != 16) {
          all.write(b);
        }
      }
    });
    assertThat(scan(List.of(all.toByteArray()))).isEqualTo(new String(all.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Example
  void whatDockerdDid() {
    assertThat(scan(List.of(new byte[] {'a', 'b', 16, 'c', 'd'}))).isEqualTo("ab\u0010cd");
    assertThat(scan(List.of(new byte[] {16}, new byte[] {'z'}))).isEqualTo("\u0010z");
    assertThat(scan(List.of(new byte[] {16, 16, 17}))).as("a mismatch does not restart the match").isEqualTo("\u0010\u0010\u0011");
    assertThat(scan(List.of(new byte[] {'a', 'b', 16}, new byte[] {17, 'c', 'd'}))).isEqualTo("ab|D");
    assertThat(scan(List.of(new byte[] {'x', 16, 17, 'y'}))).isEqualTo("x|D");
  }
}
