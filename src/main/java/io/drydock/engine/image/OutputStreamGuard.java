package io.drydock.engine.image;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a tar writer finish its archive without closing the caller's stream (the caller owns it). */
final class OutputStreamGuard {
  private OutputStreamGuard() {}

  static OutputStream keepOpen(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
