package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.health.Health;
import io.drydock.engine.container.health.HealthStatus;
import io.drydock.engine.container.health.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthFileTest {
  @TempDir
  Path root;

  @Test
  void theLastHealthIsReadBackAsWritten() throws Exception {
    ContainerFiles files = new ContainerFiles(root);
    ContainerId id = ContainerId.generate();
    Files.createDirectories(files.dir(id));
    HealthFile file = new HealthFile(files);
    assertThat(file.read(id)).isEmpty();
    Instant t = Instant.parse("2026-11-29T14:00:00.123456789Z");
    Health h = new Health(HealthStatus.UNHEALTHY, 2, List.of(new ProbeResult(t, t.plusMillis(5), 1, "no\n"), ProbeResult.timedOut(t, t, java.time.Duration.ofSeconds(1))));
    file.write(id, h);
    assertThat(file.read(id)).contains(h);
  }

  @Test
  void aContainerWhoseDirectoryIsGoneKeepsNothingAndFailsNothing() {
    ContainerFiles files = new ContainerFiles(root.resolve("missing"));
    ContainerId id = ContainerId.generate();
    HealthFile file = new HealthFile(files);
    file.write(id, Health.starting());
    assertThat(file.read(id)).isEmpty();
    assertThat(Files.exists(files.dir(id))).isFalse();
  }
}
