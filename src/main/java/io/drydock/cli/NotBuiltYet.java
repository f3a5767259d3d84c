package io.drydock.cli;

import java.io.PrintWriter;

/**
 * How a command that is not built yet answers: it says so on stderr and exits 2, instead of
 * pretending to have done something.
 */
final class NotBuiltYet {
  static final int EXIT_CODE = 2;

  private NotBuiltYet() {}

  static int report(PrintWriter err, String command) {
    err.println("drydock " + command + ": not implemented yet");
    err.flush();
    return EXIT_CODE;
  }
}
