package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's {@code HostConfig.LogConfig}: the driver and its options as the client sent them
 * (inspect shows them so; their values are read only at start, {@link LogRotation}, as dockerd
 * reads them). A request's driver may be empty, meaning the daemon's default ({@link #resolve});
 * a stored container's is always resolved.
 */
public record LogSettings(String driver, Map<String, String> options) {
  /** dockerd's default driver with no options. */
  public static final LogSettings DEFAULT = new LogSettings(LogDriver.JSON_FILE.apiName(), Map.of());

  public LogSettings {
    driver = driver == null ? "" : driver;
    options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** The settings a client asked for, checked against dockerd's default (json-file without options). */
  public static LogSettings checked(String driver, Map<String, String> options) {
    return DEFAULT.resolve(new LogSettings(driver, options));
  }

  /**
   * The daemon's {@code --log-driver} and {@code --log-opt}, whose option names are checked as
   * dockerd checks them at its start (a driver it does not have is refused only by the creates
   * that use it, as dockerd looks a plugin up then).
   */
  public static LogSettings daemonDefault(String driver, Map<String, String> options) {
    LogSettings d = new LogSettings(driver == null || driver.isEmpty() ? LogDriver.JSON_FILE.apiName() : driver, options);
    try {
      d.kind().checkOptionNames(d.options());
    } catch (DrydockException.InvalidArgument unknownOption) {
      if (!unknownOption.getMessage().startsWith("error looking up logging plugin")) {
        throw new DrydockException.InvalidArgument("failed to set log opts: " + unknownOption.getMessage());
      }
    }
    return d;
  }

  /**
   * A create's {@code requested} settings with these (the daemon's default) applied as dockerd
   * merges them: no driver means this driver; when the driver is this one, each option not given
   * takes this one's value. Checked as dockerd's create checks it (the driver exists, the option
   * names are its own).
   */
  public LogSettings resolve(LogSettings requested) {
    String type = requested.driver().isEmpty() ? driver : requested.driver();
    Map<String, String> merged = new TreeMap<>(requested.options());
    if (type.equals(driver)) {
      options.forEach(merged::putIfAbsent);
    }
    LogSettings resolved = new LogSettings(type, merged);
    resolved.kind().checkOptionNames(resolved.options());
    return resolved;
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
