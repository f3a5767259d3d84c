package io.drydock.engine.spec;

import java.util.Map;
import java.util.TreeMap;

/**
 * A container's {@code HostConfig.LogConfig}: the driver and its options as the client sent them
 * (inspect shows them so; their values are read only at start, {@link LogRotation}, as dockerd
 * reads them).
 */
public record LogSettings(String driver, Map<String, String> options) {
  /** dockerd's default driver with no options. */
  public static final LogSettings DEFAULT = new LogSettings(LogDriver.JSON_FILE.apiName(), Map.of());

  public LogSettings {
    driver = driver == null || driver.isEmpty() ? LogDriver.JSON_FILE.apiName() : driver;
    options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** The settings a client asked for, checked as dockerd's create checks them (the driver exists, the option names are its own). */
  public static LogSettings checked(String driver, Map<String, String> options) {
    LogSettings s = new LogSettings(driver, options);
    s.kind().checkOptionNames(s.options());
    return s;
  }

  public LogDriver kind() {
    return LogDriver.named(driver);
  }

  /** The rotation a container record of an older drydock kept as two numbers ({@code max-size} in bytes). */
  static LogSettings ofLegacyRotation(long maxSize, int maxFiles) {
    return maxSize <= 0 ? DEFAULT
        : new LogSettings(LogDriver.JSON_FILE.apiName(), Map.of("max-size", Long.toString(maxSize), "max-file", Integer.toString(Math.max(1, maxFiles))));
  }
}
