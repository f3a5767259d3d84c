package io.drydock.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * drydock's logging set up in code (found by logback through {@code META-INF/services}): one
 * stderr appender, {@code 2026-11-29T15:56:10.123Z INFO  i.d.c.Daemon - message}, at the level of
 * {@code DRYDOCK_LOG_LEVEL} (a system property or the environment; {@code INFO} by default) until
 * the daemon's {@code --log-level} changes it. Done in code rather than by a {@code logback.xml}
 * because reading XML loads logback's configuration framework and the JDK's XML parser, some 500
 * classes that stay in an idle daemon's memory. A {@code -Dlogback.configurationFile} or a
 * {@code logback-test.xml} on the class path (the test suite's) still wins: this configurator then
 * steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{20} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context, configuredLevel());
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static void apply(LoggerContext context, String level) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(level(level).orElse(Level.INFO));
    root.addAppender(stderr);
  }

  /** The daemon's level names, as dockerd's {@code --log-level} takes them (any case; logback has no fatal). */
  static java.util.Optional<Level> level(String name) {
    return java.util.Optional.ofNullable(switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "debug" -> Level.DEBUG;
      case "info" -> Level.INFO;
      case "warn" -> Level.WARN;
      case "error", "fatal" -> Level.ERROR;
      default -> null;
    });
  }

  static String configuredLevel() {
    String property = System.getProperty("DRYDOCK_LOG_LEVEL");
    if (property != null && !property.isEmpty()) {
      return property;
    }
    String env = System.getenv("DRYDOCK_LOG_LEVEL");
    return env == null || env.isEmpty() ? "INFO" : env;
  }
}
