package io.drydock.api.containers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key sequence that detaches a client from a hijacked tty stream ({@code detachKeys} of attach,
 * {@code DetachKeys} of exec create). Written the way the docker CLI writes it: comma-separated
 * keys, each a single character, {@code ctrl-@}, {@code ctrl-a} … {@code ctrl-z}, {@code ctrl-[},
 * {@code ctrl-\}, {@code ctrl-]}, {@code ctrl-^}, {@code ctrl-_} or {@code DEL} (case-sensitive,
 * as dockerd's parser is). An empty string means the default, ctrl-p ctrl-q.
 */
record DetachKeys(byte[] sequence) {
  /** ctrl-p ctrl-q, dockerd's default. */
  static final DetachKeys DEFAULT = new DetachKeys(new byte[] {16, 17});

  DetachKeys {
    sequence = sequence.clone();
  }

  @Override
  public byte[] sequence() {
    return sequence.clone();
  }

  int length() {
    return sequence.length;
  }

  byte at(int i) {
    return sequence[i];
  }

  /** The keys written as {@code spec}; empty when it names a key that does not exist. */
  static Optional<DetachKeys> parse(String spec) {
    if (spec.isEmpty()) {
      return Optional.of(DEFAULT);
    }
    String[] keys = spec.split(",", -1);
    byte[] out = new byte[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Optional<Byte> code = code(keys[i]);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      out[i] = code.get();
    }
    return Optional.of(new DetachKeys(out));
  }

  private static Optional<Byte> code(String key) {
    byte[] utf8 = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (utf8.length == 1) {
      return Optional.of(utf8[0]);
    }
    if (key.equals("DEL")) {
      return Optional.of((byte) 127);
    }
    if (key.length() == 6 && key.startsWith("ctrl-")) {
      char c = key.charAt(5);
      if (c == '@' || c >= 'a' && c <= 'z' || c >= '[' && c <= '_') {
        return Optional.of((byte) (c == '@' ? 0 : c >= 'a' ? c - 'a' + 1 : c - '[' + 27));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DetachKeys d && Arrays.equals(sequence, d.sequence);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sequence);
  }

  @Override
  public String toString() {
    return "DetachKeys" + Arrays.toString(sequence);
  }
}
