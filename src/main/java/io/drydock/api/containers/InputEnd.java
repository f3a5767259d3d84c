package io.drydock.api.containers;

/**
 * What the end of a hijacked client's input (its {@code CloseWrite}, or the connection closing)
 * does, as in dockerd 20.10: only a container that asked for it ({@code StdinOnce}) without a tty,
 * and an exec without a tty, get EOF on stdin and keep streaming output until they exit; any other
 * client with stdin attached is detached (its stream ends, the process keeps running with its stdin
 * open); a client without stdin is not affected.
 */
enum InputEnd {
  /** EOF for the process's stdin; output continues until the process ends. */
  CLOSE_STDIN,
  /** The client is detached: its stream ends, the process and its stdin stay. */
  DETACH,
  /** Nothing: the client sends no stdin. */
  IGNORE;

  /** For {@code POST /containers/{id}/attach}: stdin counts only when asked for and the container has it open. */
  static InputEnd ofAttach(boolean stdinAttached, boolean tty, boolean stdinOnce) {
    if (!stdinAttached) {
      return IGNORE;
    }
    return stdinOnce && !tty ? CLOSE_STDIN : DETACH;
  }

  /** For {@code POST /exec/{id}/start}. */
  static InputEnd ofExec(boolean stdinAttached, boolean tty) {
    if (!stdinAttached) {
      return IGNORE;
    }
    return tty ? DETACH : CLOSE_STDIN;
  }
}
