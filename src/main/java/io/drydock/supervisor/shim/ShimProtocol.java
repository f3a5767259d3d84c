package io.drydock.supervisor.shim;

/**
 * The bytes between Java and the shim's control socket, mirrored from {@code src/main/c/helper/shim.h}
 * (each {@code SHIM_X} there is {@code X} here; {@code ShimProtocolConstantsTest} checks that they
 * agree). A frame is {@code type:u8 length:u32be payload[length]}; see spec/shim.md.
 */
public final class ShimProtocol {
  public static final int PROTO_VERSION = 1;
  public static final int FRAME_HEADER = 5;
  public static final int FRAME_MAX_PAYLOAD = 32768;

  public static final int REQ_ATTACH = 1;
  public static final int REQ_STDIN = 2;
  public static final int REQ_CLOSE_STDIN = 3;
  public static final int REQ_RESIZE = 4;
  public static final int REQ_KILL = 5;
  public static final int REQ_STATUS = 6;
  public static final int REQ_START = 7;

  public static final int RSP_STDOUT = 0x81;
  public static final int RSP_STDERR = 0x82;
  public static final int RSP_STATUS = 0x83;
  public static final int RSP_ACK = 0x84;
  public static final int RSP_EXIT = 0x85;

  public static final int STATE_RUNNING = 1;
  public static final int STATE_EXITED = 2;
  public static final int STATE_CREATED = 3;

  public static final int STATUS_LEN = 21;
  public static final int ACK_LEN = 5;

  /** A line longer than this is logged in pieces of this many bytes, as dockerd does. */
  public static final int LOG_LINE_MAX = 16384;

  public static final String FILE_PID = "shim.pid";
  public static final String FILE_SOCKET = "control.sock";
  public static final String FILE_EXIT = "exit.json";
  public static final String FILE_STDIN = "stdin";
  /** With a tty: the console socket on which the shim's command sends its pty master. */
  public static final String FILE_CONSOLE = "console.sock";

  private ShimProtocol() {}

  /**
   * A command line as the shim reads it (START's payload, a standby shim's binding): each argument
   * in UTF-8 followed by a NUL. An argument holding a NUL cannot be sent and is refused.
   */
  public static byte[] argv(java.util.List<String> argv) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (String arg : argv) {
      if (arg.indexOf('\0') >= 0) {
        throw new io.drydock.common.DrydockException.InvalidArgument("argument contains a NUL byte: " + arg);
      }
      bytes.writeBytes(arg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      bytes.write(0);
    }
    return bytes.toByteArray();
  }
}
