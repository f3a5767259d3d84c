package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerOptions;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.DeviceRequest;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.SystemPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create's options, domain name and system paths survive the store, and a record written before they were kept still loads. */
class StoredContainerOptionsTest {
  @TempDir
  Path dir;

  private static ContainerRecord record(String domain) {
    return new ContainerRecord(ContainerId.generate(), "/c", Instant.parse("2026-01-01T00:00:00Z"), "busybox", "sha256:" + "a".repeat(64),
        new ContainerConfig("/bin/true", List.of(), List.of(), "", "", "", false, false, false, Map.of(), "", null, null, null, domain),
        null, null, false, null);
  }

  @Test
  void theOptionsRoundTrip() {
    ContainerOptions o = new ContainerOptions("02:42:ac:11:00:99", "drydock", List.of(new DeviceRequest("nvidia", -1, null, List.of(List.of("gpu")), null)),
        List.of("/bin/sh", "-x"), true, List.of("RUN x"), true, "default", "host", "c", "local", "/tmp/id", List.of(10L, 20L));
    HostSettings host = HostSettings.builder().networkMode(HostSettings.NetworkMode.NONE)
        .systemPaths(new SystemPaths(List.of("/proc/keys"), List.of())).build();
    StoredContainer c = new StoredContainer(record("example.com"), host, List.of(), List.of(), o);
    ContainerStore store = new ContainerStore(dir);
    store.put(c);
    StoredContainer back = new ContainerStore(dir).loadAll().iterator().next();
    assertThat(back.options()).isEqualTo(o);
    assertThat(back.record().config().domainname()).isEqualTo("example.com");
    assertThat(back.host().systemPaths().masked(false)).containsExactly("/proc/keys");
    assertThat(back.host().systemPaths().readonly(false)).isEmpty();
  }

  @Test
  void aRecordWithoutThemLoadsWithTheDefaults() throws Exception {
    ContainerStore store = new ContainerStore(dir);
    StoredContainer c = new StoredContainer(record(""), HostSettings.DEFAULT, List.of(), List.of());
    store.put(c);
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(f.toFile());
        assertThat(root.remove("options")).isNotNull();
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) root.get("host")).remove("systemPaths")).isNotNull();
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("record").get("config");
        assertThat(config.remove("domainname")).isNotNull();
        mapper.writeValue(f.toFile(), root);
      }
    }
    StoredContainer back = new ContainerStore(dir).loadAll().iterator().next();
    assertThat(back.options()).isEqualTo(ContainerOptions.NONE);
    assertThat(back.record().config().domainname()).isEmpty();
    assertThat(back.host().systemPaths()).isEqualTo(SystemPaths.DEFAULT);
    assertThat(back.host().systemPaths().masked(false)).contains("/proc/kcore");
    assertThat(back.host().systemPaths().masked(true)).isNull();
  }
}
