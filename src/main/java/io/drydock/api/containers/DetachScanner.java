package io.drydock.api.containers;

import java.io.ByteArrayOutputStream;

/**
 * Watches a client's keystrokes for its detach sequence, as dockerd's escape proxy does: bytes
 * that may begin the sequence are held back; when the next byte does not continue it, the held
 * bytes and that byte go through (that byte does not start a new match); when the sequence is
 * complete, the bytes before it go through and everything after it is dropped. A match may span
 * chunks. Not thread-safe: one scanner per connection, fed on its I/O thread.
 */
final class DetachScanner {
  private final DetachKeys keys;
  private int matched;
  private boolean detached;

  DetachScanner(DetachKeys keys) {
    this.keys = keys;
  }

  /** What one chunk of client input yields: the bytes for the process, and whether it detached. */
  record Step(byte[] forward, boolean detach) {}

  Step feed(byte[] chunk) {
    if (detached) {
      return new Step(new byte[0], true);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.length + matched);
    for (byte b : chunk) {
      if (b == keys.at(matched)) {
        matched++;
        if (matched == keys.length()) {
          detached = true;
          return new Step(out.toByteArray(), true);
        }
        continue;
      }
      for (int i = 0; i < matched; i++) {
        out.write(keys.at(i));
      }
      matched = 0;
      out.write(b);
    }
    return new Step(out.toByteArray(), false);
  }

  /** The held-back start of a sequence, for when input ends before it completed. */
  byte[] pending() {
    byte[] held = new byte[detached ? 0 : matched];
    for (int i = 0; i < held.length; i++) {
      held[i] = keys.at(i);
    }
    matched = 0;
    return held;
  }
}
