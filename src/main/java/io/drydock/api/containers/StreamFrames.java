package io.drydock.api.containers;

import io.drydock.engine.container.service.StdStream;
import java.nio.ByteBuffer;

/**
 * Docker's stdcopy framing for streams of a container without a tty: an 8-byte header
 * {@code [stream, 0, 0, 0, size as big-endian uint32]} before each payload; 1 = stdout, 2 = stderr.
 * With a tty the bytes go out raw.
 */
final class StreamFrames {
  static final byte STDOUT = 1;
  static final byte STDERR = 2;

  private StreamFrames() {}

  static byte[] frame(byte stream, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
    b.put(stream).put((byte) 0).put((byte) 0).put((byte) 0).putInt(payload.length).put(payload);
    return b.array();
  }

  static byte[] encode(boolean tty, StdStream stream, byte[] payload) {
    return tty ? payload : frame(stream == StdStream.STDERR ? STDERR : STDOUT, payload);
  }
}
