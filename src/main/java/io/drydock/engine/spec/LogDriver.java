package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The log drivers drydock has, with the option names each accepts at create (dockerd checks only
 * the names then; the values are read when the container starts, {@link LogRotation}). Any other
 * driver name is, to dockerd, a logging plugin it cannot find.
 */
public enum LogDriver {
  JSON_FILE("json-file", Optional.of(Set.of("max-file", "max-size", "compress", "labels", "labels-regex", "env", "env-regex", "tag"))),
  LOCAL("local", Optional.of(Set.of("max-file", "max-size", "compress"))),
  /** Keeps nothing: {@code docker logs} is refused, attached clients still get the output. */
  NONE("none", Optional.empty());

  private final String apiName;
  /** Empty: every option is accepted (dockerd's {@code none} has no option check). */
  private final Optional<Set<String>> options;

  LogDriver(String apiName, Optional<Set<String>> options) {
    this.apiName = apiName;
    this.options = options;
  }

  public String apiName() {
    return apiName;
  }

  /** The driver of {@code name}, refused as dockerd refuses a driver it does not have. */
  public static LogDriver named(String name) {
    for (LogDriver d : values()) {
      if (d.apiName.equals(name)) {
        return d;
      }
    }
    throw new DrydockException.InvalidArgument(pluginNotFound(name));
  }

  /** dockerd's words for a driver name that is no logging plugin it can find. */
  public static String pluginNotFound(String name) {
    return "error looking up logging plugin " + name + ": plugin \"" + name + "\" not found";
  }

  /** dockerd's create-time check: every option name must be one this driver knows. */
  public void checkOptionNames(Map<String, String> given) {
    options.ifPresent(known -> given.keySet().stream().filter(k -> !known.contains(k)).sorted().findFirst().ifPresent(k -> {
      throw new DrydockException.InvalidArgument(this == JSON_FILE ? "unknown log opt '" + k + "' for json-file log driver"
          : "unknown log opt '" + k + "' for log driver " + apiName);
    }));
  }

  /** Whether {@code docker logs} can read what this driver kept. */
  public boolean readable() {
    return this != NONE;
  }
}
