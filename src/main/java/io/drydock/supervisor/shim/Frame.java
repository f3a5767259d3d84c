package io.drydock.supervisor.shim;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Instant;
import java.util.Optional;

/** One control-socket frame ({@code type:u8 length:u32be payload}) and its reading and writing. */
record Frame(int type, byte[] payload) {
  static Frame read(ReadableByteChannel ch) throws IOException {
    ByteBuffer header = readFully(ch, ByteBuffer.allocate(ShimProtocol.FRAME_HEADER));
    int type = header.get(0) & 0xff;
    int length = header.getInt(1);
    if (length < 0 || length > ShimProtocol.FRAME_MAX_PAYLOAD) {
      throw new IOException("shim sent a frame of " + length + " bytes (limit " + ShimProtocol.FRAME_MAX_PAYLOAD + ")");
    }
    return new Frame(type, readFully(ch, ByteBuffer.allocate(length)).array());
  }

  void write(WritableByteChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(ShimProtocol.FRAME_HEADER + payload.length);
    buf.put((byte) type).putInt(payload.length).put(payload).flip();
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  static Frame of(int type, ByteBuffer payload) {
    byte[] bytes = new byte[payload.flip().remaining()];
    payload.get(bytes);
    return new Frame(type, bytes);
  }

  /** The errno of an ACK payload, after checking that it answers {@code request}. */
  int ackErrno(int request) throws IOException {
    if (ackRequest() != request) {
      throw new IOException("shim answered request " + request + " with an ACK of request " + ackRequest());
    }
    return ByteBuffer.wrap(payload).getInt(1);
  }

  /** The request type an ACK answers. */
  int ackRequest() throws IOException {
    if (type != ShimProtocol.RSP_ACK || payload.length != ShimProtocol.ACK_LEN) {
      throw new IOException("expected an ACK from the shim, got frame type " + type + " of " + payload.length + " bytes");
    }
    return payload[0] & 0xff;
  }

  /** Decodes a STATUS or EXIT payload. */
  ShimStatus status() throws IOException {
    if (payload.length != ShimProtocol.STATUS_LEN) {
      throw new IOException("status payload of " + payload.length + " bytes, expected " + ShimProtocol.STATUS_LEN);
    }
    ByteBuffer p = ByteBuffer.wrap(payload);
    long pid = Integer.toUnsignedLong(p.getInt());
    int state = p.get();
    int code = p.getInt();
    int signal = p.getInt();
    long nanos = p.getLong();
    ShimState shimState = switch (state) {
      case ShimProtocol.STATE_CREATED -> ShimState.CREATED;
      case ShimProtocol.STATE_RUNNING -> ShimState.RUNNING;
      case ShimProtocol.STATE_EXITED -> ShimState.EXITED;
      default -> throw new IOException("unknown shim state " + state);
    };
    Optional<ExitStatus> exit = shimState == ShimState.EXITED
        ? Optional.of(new ExitStatus(code, signal, Instant.ofEpochSecond(0, nanos), false))
        : Optional.empty();
    return new ShimStatus(pid, shimState, exit);
  }

  private static ByteBuffer readFully(ReadableByteChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        throw new EOFException("shim closed the control connection");
      }
    }
    return buf;
  }
}
