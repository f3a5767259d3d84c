package io.drydock.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** One fixed-size record from the helper: {kind, a, b, c}; never free text. */
public record HelperRecord(int kind, int a, int b, int c) {
  /** Parses the 16 bytes of a record. */
  public static HelperRecord parse(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    return new HelperRecord(buf.getInt(), buf.getInt(), buf.getInt(), buf.getInt());
  }

  public boolean isFailure() {
    return kind == HelperProtocol.REC_FAIL;
  }

  /** For a failure: the index of the failed step, or -1 for the message as a whole. */
  public long stepIndex() {
    return Integer.toUnsignedLong(a) == HelperProtocol.STEP_MESSAGE ? -1 : Integer.toUnsignedLong(a);
  }

  public int op() {
    return b;
  }

  public int errno() {
    return c;
  }

  /** For an exit record: the exit code as a shell reports it (128+signal when killed). */
  public int exitCode() {
    int status = a;
    if ((status & 0x7f) == 0) {
      return (status >> 8) & 0xff;
    }
    return 128 + (status & 0x7f);
  }
}
