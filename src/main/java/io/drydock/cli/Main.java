package io.drydock.cli;

import picocli.CommandLine;

/** Entry point of the {@code drydock} binary; the only place that calls {@link System#exit}. */
public final class Main {
  /**
   * Netty looks for the JDK's flight recorder when it loads (for events drydock never records),
   * which loads the recorder's hundred classes into every daemon; off unless asked for.
   */
  static final String NETTY_JFR = "io.netty.jfr.enabled";

  private Main() {}

  public static void main(String[] args) {
    ProcessLaunch.preferVfork();
    if (System.getProperty(NETTY_JFR) == null) {
      System.setProperty(NETTY_JFR, "false");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, so tests can call it without exiting. */
  public static int run(String... args) {
    return new CommandLine(new DrydockCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
