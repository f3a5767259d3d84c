package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Logging set up in code: dockerd-like lines on stderr at the asked level; the test suite's XML still wins here. */
class LogSetupTest {
  @Test
  void rootLogsToStderrWithTheDaemonsPatternAtTheAskedLevel() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context, "warn");
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    var appender = (ConsoleAppender<?>) root.getAppender("STDERR");
    assertThat(appender).isNotNull();
    assertThat(appender.isStarted()).isTrue();
    assertThat(appender.getTarget()).isEqualTo("System.err");
    assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern()).isEqualTo(LogSetup.PATTERN);
    context.stop();
  }

  @Test
  void anUnknownLevelIsInfo() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context, "chatty");
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    context.stop();
  }

  /** One reading of level names for the environment and --log-level: dockerd's fatal is logback's error. */
  @Test
  void fatalIsErrorInEitherPlace() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context, "FATAL");
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
    assertThat(LogSetup.level("fatal")).contains(ch.qos.logback.classic.Level.ERROR);
  }

  @Test
  void theTestSuitesOwnConfigurationIsLeftToLogback() {
    LoggerContext context = new LoggerContext();
    assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    context.stop();
  }

  @Test
  void logbackFindsItThroughTheServiceFile() throws Exception {
    assertThat(Files.readString(Path.of("src/main/resources/META-INF/services/ch.qos.logback.classic.spi.Configurator")).strip())
        .isEqualTo(LogSetup.class.getName());
  }
}
