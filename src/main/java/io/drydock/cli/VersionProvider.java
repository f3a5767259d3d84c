package io.drydock.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest; a class-path run (tests) reports "dev". */
final class VersionProvider implements IVersionProvider {
  static final String API_VERSION = "1.41";

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "drydock version " + version(), "Engine API version " + API_VERSION + " (minimum 1.24)"
    };
  }
}
