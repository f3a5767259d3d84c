package io.drydock.engine.container.health;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A probe's stdout and stderr, kept to dockerd's 4096 bytes; what did not fit is shown as
 * {@code ...} after the kept part, as dockerd's limited buffer does. Thread-safe: both streams
 * write into it.
 */
public final class ProbeOutput {
  public static final int LIMIT = 4096;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private boolean truncated;

  public synchronized void write(byte[] data) {
    int room = LIMIT - kept.size();
    if (data.length > room) {
      truncated = true;
    }
    kept.write(data, 0, Math.min(room, data.length));
  }

  @Override
  public synchronized String toString() {
    String s = kept.toString(StandardCharsets.UTF_8);
    return truncated ? s + "..." : s;
  }
}
