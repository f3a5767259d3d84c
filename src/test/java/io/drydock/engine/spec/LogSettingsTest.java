package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daemon's default log settings applied to a create's, as dockerd 20.10 merges them (seen with {@code --log-driver local --log-opt max-file=2}). */
class LogSettingsTest {
  private static final LogSettings LOCAL_TWO = LogSettings.daemonDefault("local", Map.of("max-file", "2"));

  @Test
  void noDriverTakesTheDaemonsDriverAndOptions() {
    assertThat(LOCAL_TWO.resolve(new LogSettings("", Map.of()))).isEqualTo(new LogSettings("local", Map.of("max-file", "2")));
    assertThat(LOCAL_TWO.resolve(new LogSettings(null, null))).isEqualTo(new LogSettings("local", Map.of("max-file", "2")));
  }

  @Test
  void theDaemonsDriverNamedOrNotGetsTheOptionsNotGiven() {
    assertThat(LOCAL_TWO.resolve(new LogSettings("", Map.of("max-size", "1m"))))
        .isEqualTo(new LogSettings("local", Map.of("max-file", "2", "max-size", "1m")));
    assertThat(LOCAL_TWO.resolve(new LogSettings("local", Map.of("max-size", "2m", "max-file", "4"))))
        .isEqualTo(new LogSettings("local", Map.of("max-file", "4", "max-size", "2m")));
  }

  @Test
  void anotherDriverGetsNoneOfTheDaemonsOptions() {
    assertThat(LOCAL_TWO.resolve(new LogSettings("json-file", Map.of()))).isEqualTo(LogSettings.DEFAULT);
  }

  @Test
  void theMergedOptionNamesAreCheckedAgainstTheResolvedDriver() {
    assertThatThrownBy(() -> LOCAL_TWO.resolve(new LogSettings("", Map.of("labels", "x")))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("unknown log opt 'labels' for log driver local");
  }

  @Test
  void theDaemonRefusesAnOptionNameOfItsDriverButNotADriverItMightFindLater() {
    assertThatThrownBy(() -> LogSettings.daemonDefault("json-file", Map.of("nope", "1"))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("failed to set log opts: unknown log opt 'nope' for json-file log driver");
    LogSettings plugin = LogSettings.daemonDefault("x", Map.of());
    assertThatThrownBy(() -> plugin.resolve(new LogSettings("", Map.of()))).hasMessage("error looking up logging plugin x: plugin \"x\" not found");
    assertThat(LogSettings.daemonDefault("", Map.of())).isEqualTo(LogSettings.DEFAULT);
  }
}
