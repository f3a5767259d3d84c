package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The log options as dockerd 20.10 reads them: names at create ({@link LogDriver}), values at start ({@link LogRotation}). */
class LogRotationTest {
  private static LogRotation of(String driver, Map<String, String> options) {
    return LogRotation.of(new LogSettings(driver, options));
  }

  @Test
  void jsonFileKeepsOneGrowingFileByDefault() {
    assertThat(of("json-file", Map.of())).isEqualTo(new LogRotation(0, 1, false));
    assertThat(LogRotation.of(LogSettings.checked("", Map.of()))).isEqualTo(new LogRotation(0, 1, false));
  }

  @Test
  void localKeepsFiveCompressedFilesOfTwentyMebibytesByDefault() {
    assertThat(of("local", Map.of())).isEqualTo(new LogRotation(20L * 1024 * 1024, 5, true));
  }

  @Test
  void sizesAreDecimalAsGoUnitsFromHumanSize() {
    assertThat(of("json-file", Map.of("max-size", "1k", "max-file", "3"))).isEqualTo(new LogRotation(1000, 3, false));
    assertThat(of("local", Map.of("max-size", "1.5M", "max-file", "2", "compress", "false"))).isEqualTo(new LogRotation(1_500_000, 2, false));
    assertThat(LogRotation.humanSize("1kib")).isEqualTo(1000);
    assertThat(LogRotation.humanSize("2 GB")).isEqualTo(2_000_000_000L);
    assertThat(of("json-file", Map.of("max-size", "10m", "max-file", "2", "compress", "true"))).isEqualTo(new LogRotation(10_000_000, 2, true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "json-file|max-size|x|invalid size: 'x'",
      "json-file|max-size|0|max-size must be a positive number",
      "json-file|max-size|-1|invalid size: '-1'",
      "json-file|max-file|0|max-file cannot be less than 1",
      "json-file|max-file|x|strconv.Atoi: parsing \"x\": invalid syntax",
      "json-file|compress|maybe|strconv.ParseBool: parsing \"maybe\": invalid syntax",
      "json-file|compress|true|compress cannot be true when max-file is less than 2 or max-size is not set",
      "local|max-size|x|invalid value for max-size: x: invalid size: 'x'",
      "local|max-size|-1|invalid value for max-size: -1: invalid size: '-1'",
      "local|max-file|x|invalid value for max-file: x: strconv.Atoi: parsing \"x\": invalid syntax",
      "local|max-file|0|compression cannot be enabled when max file count is 1",
      "local|max-file|1|compression cannot be enabled when max file count is 1",
      "local|compress|maybe|error reading compress log option: strconv.ParseBool: parsing \"maybe\": invalid syntax",
      "local|max-size|1.2.3|invalid value for max-size: 1.2.3: strconv.ParseFloat: parsing \"1.2.3\": invalid syntax"})
  void aBadValueFailsTheStartWithDockerdsText(String driver, String key, String value, String why) {
    assertThatThrownBy(() -> of(driver, Map.of(key, value))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("failed to initialize logging driver: " + why);
  }

  @Test
  void localRefusesANegativeFileCountOnlyWithoutCompression() {
    assertThatThrownBy(() -> of("local", Map.of("max-file", "-1", "compress", "false")))
        .hasMessage("failed to initialize logging driver: max file count cannot be less than 0");
    assertThat(of("local", Map.of("max-file", "0", "compress", "false"))).isEqualTo(new LogRotation(20L * 1024 * 1024, 1, false));
  }

  @Test
  void noneTakesAnyOptionAndKeepsNothing() {
    LogSettings s = LogSettings.checked("none", Map.of("nope", "1", "max-size", "x"));
    assertThat(s.kind().readable()).isFalse();
    assertThat(LogRotation.of(s)).isEqualTo(new LogRotation(0, 1, false));
  }

  @Test
  void anUnknownDriverIsALoggingPluginDockerdCannotFind() {
    assertThatThrownBy(() -> LogSettings.checked("x", Map.of())).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("error looking up logging plugin x: plugin \"x\" not found");
  }

  @Test
  void anUnknownOptionNameIsRefusedAtCreateInEachDriversWords() {
    assertThatThrownBy(() -> LogSettings.checked("json-file", Map.of("nope", "1"))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("unknown log opt 'nope' for json-file log driver");
    assertThatThrownBy(() -> LogSettings.checked("", Map.of("nope", "1"))).hasMessage("unknown log opt 'nope' for json-file log driver");
    assertThatThrownBy(() -> LogSettings.checked("local", Map.of("tag", "x"))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("unknown log opt 'tag' for log driver local");
    assertThat(LogSettings.checked("json-file", Map.of("tag", "x", "labels", "a", "env", "B", "max-size", "x")).options()).hasSize(4);
  }
}
