package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.health.Healthcheck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An image config's {@code Healthcheck} is read and written back as Docker writes it (nanoseconds, zero values left out). */
class ConfigDocumentHealthcheckTest {
  private static final String CONFIG = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"sh\"],"
      + "\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"exit 0\"],\"Interval\":200000000,\"Retries\":2}},"
      + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";

  @Test
  void theHealthcheckSurvivesAReadAndAWrite() {
    ConfigDocument d = ConfigDocument.read(CONFIG.getBytes(StandardCharsets.UTF_8));
    assertThat(d.config().healthcheck()).isEqualTo(new Healthcheck(List.of("CMD-SHELL", "exit 0"), 200_000_000, 0, 0, 2));
    String written = new String(d.write(), StandardCharsets.UTF_8);
    assertThat(written).contains("\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"exit 0\"],\"Interval\":200000000,\"Retries\":2}");
    assertThat(ConfigDocument.read(d.write()).config().healthcheck()).isEqualTo(d.config().healthcheck());
  }

  @Test
  void anImageWithoutOneHasNone() {
    ConfigDocument d = ConfigDocument.read(CONFIG.replaceAll(",\"Healthcheck\":\\{[^}]*\\}", "").getBytes(StandardCharsets.UTF_8));
    assertThat(d.config().healthcheck()).isNull();
    assertThat(new String(d.write(), StandardCharsets.UTF_8)).doesNotContain("Healthcheck");
  }
}
