package io.drydock.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest; a class-path run (tests) reports "dev". */
final class VersionProvider implements IVersionProvider {
  static final String API_VERSION = "1.41";

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The commit the jar was built from (manifest {@code Git-Commit}), or {@code unknown}. */
  static String gitCommit() {
    return manifestValue("Git-Commit").orElse("unknown");
  }

  /** When the code was built: the modification time of the jar or classes directory, RFC 3339. */
  static String buildTime() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.getLastModifiedTime(code).toInstant().toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> manifestValue(String name) {
    try (InputStream in = Main.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(new Manifest(in).getMainAttributes().getValue(name));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "drydock version " + version(), "Engine API version " + API_VERSION + " (minimum 1.24)"
    };
  }
}
