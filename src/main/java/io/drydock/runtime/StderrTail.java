package io.drydock.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The last bytes a child process writes to a pipe, read on a daemon thread from the moment it
 * starts, so the child never blocks on a full pipe however much it writes. A grandchild that
 * keeps the pipe open only keeps this thread waiting, never the caller.
 */
final class StderrTail {
  private final byte[] ring;
  private long written;
  private final Thread reader;

  private StderrTail(int capacity, InputStream in) {
    this.ring = new byte[capacity];
    this.reader = new Thread(() -> drain(in), "drydock-stderr-tail");
    reader.setDaemon(true);
  }

  /** Starts reading {@code in}, keeping its last {@code capacity} bytes. */
  static StderrTail start(InputStream in, int capacity) {
    StderrTail t = new StderrTail(capacity, in);
    t.reader.start();
    return t;
  }

  private void drain(InputStream in) {
    byte[] buf = new byte[4096];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (this) {
          for (int i = 0; i < n; i++) {
            ring[(int) (written++ % ring.length)] = buf[i];
          }
        }
      }
    } catch (IOException e) {
      // the pipe went away: what was read is what there is
    }
  }

  /**
   * What was read, waiting up to {@code wait} for the end of the stream; trimmed, prefixed with
   * "..." when earlier bytes were dropped.
   */
  String text(Duration wait) {
    try {
      reader.join(Math.max(1, wait.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      int len = (int) Math.min(written, ring.length);
      byte[] out = new byte[len];
      long start = written - len;
      for (int i = 0; i < len; i++) {
        out[i] = ring[(int) ((start + i) % ring.length)];
      }
      String text = new String(out, StandardCharsets.UTF_8).strip();
      return written > ring.length && !text.isEmpty() ? "..." + text : text;
    }
  }
}
