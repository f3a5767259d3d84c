package io.drydock.api.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.api.ApiJson;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.volume.Volumes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeRoutesTest {
  @TempDir Path dir;

  @Test
  void systemDfRowsAreTheListRowsWithTheirUsageData() throws Exception {
    Volumes volumes = new Volumes(dir.resolve("volumes"), new EventBus(), Clock.systemUTC());
    var record = volumes.create(Optional.of("data"), "local", Map.of("tier", "web"), Map.of());
    Files.write(Path.of(record.mountpoint(), "f"), new byte[4096]);
    volumes.usersFrom(name -> List.of("c1"));

    ObjectNode row = ApiJson.MAPPER.valueToTree(new VolumeRoutes(volumes).usageRows().get(0));
    JsonNode listed = ApiJson.MAPPER.valueToTree(VolumeRoutes.volume(record));

    assertThat(fieldNames(row)).containsExactly("Name", "Driver", "Mountpoint", "CreatedAt", "Labels", "Scope", "Options", "UsageData");
    assertThat(fieldNames(row.get("UsageData"))).containsExactly("Size", "RefCount");
    assertThat(row.get("UsageData").get("Size").asLong()).isEqualTo(4096);
    assertThat(row.get("UsageData").get("RefCount").asInt()).isEqualTo(1);
    assertThat(fieldNames(listed)).as("/volumes and inspect leave UsageData out").doesNotContain("UsageData");
    row.remove("UsageData");
    assertThat(row).isEqualTo(listed);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
