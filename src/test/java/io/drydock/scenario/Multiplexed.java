package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A body in Docker's stdcopy framing split back into its stdout and stderr text. */
record Multiplexed(String stdout, String stderr) {
  static Multiplexed of(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int i = 0;
    while (i + 8 <= b.length) {
      int size = ((b[i + 4] & 0xff) << 24) | ((b[i + 5] & 0xff) << 16) | ((b[i + 6] & 0xff) << 8) | (b[i + 7] & 0xff);
      assertThat(b[i]).as("stream byte at %d", i).isIn((byte) 1, (byte) 2);
      (b[i] == 1 ? out : err).write(b, i + 8, size);
      i += 8 + size;
    }
    assertThat(i).as("frames fill the body").isEqualTo(b.length);
    return new Multiplexed(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
