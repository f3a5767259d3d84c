package io.drydock.api.containers;

import io.drydock.api.RawStream;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.AttachSession;
import java.util.Optional;

/**
 * Connects a hijacked client's input to its attach session: the keystrokes, watched for the
 * detach sequence when the stream is a tty with stdin (dockerd only looks for it there), and what
 * the end of the input does ({@link InputEnd}).
 */
final class ClientInput {
  private ClientInput() {}

  /** The detach keys a client asked for, or {@code InvalidArgument} with {@code message} naming them. */
  static DetachKeys keys(String spec, String message) {
    return DetachKeys.parse(spec).orElseThrow(() -> new DrydockException.InvalidArgument(message));
  }

  /**
   * @param watch the sequence to watch for, when the client's stdin goes to a tty
   * @param leaveAtEnd whether the end of input always detaches the client as well (a websocket's close)
   * @param onDetach runs once when the client typed the sequence (the bytes before it were delivered)
   */
  static void connect(RawStream raw, AttachSession session, Optional<DetachKeys> watch, InputEnd end, boolean leaveAtEnd, Runnable onDetach) {
    DetachScanner scanner = watch.map(DetachScanner::new).orElse(null);
    raw.onInput(bytes -> {
      if (scanner == null) {
        session.stdin(bytes);
        return;
      }
      DetachScanner.Step step = scanner.feed(bytes);
      if (step.forward().length > 0) {
        session.stdin(step.forward());
      }
      if (step.detach()) {
        onDetach.run();
      }
    });
    raw.onInputClosed(() -> {
      switch (end) {
        case CLOSE_STDIN -> {
          byte[] held = scanner == null ? new byte[0] : scanner.pending();
          if (held.length > 0) {
            session.stdin(held);
          }
          session.closeStdin();
        }
        case DETACH -> session.close();
        case IGNORE -> { }
      }
      if (leaveAtEnd) {
        session.close();
      }
    });
  }
}
