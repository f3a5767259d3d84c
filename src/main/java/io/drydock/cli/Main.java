package io.drydock.cli;

import picocli.CommandLine;

/** Entry point of the {@code drydock} binary; the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ProcessLaunch.preferVfork();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, so tests can call it without exiting. */
  public static int run(String... args) {
    return new CommandLine(new DrydockCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
