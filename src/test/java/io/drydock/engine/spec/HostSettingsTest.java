package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.engine.container.EngineJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stored settings keep every part through their changes (a wither that forgot one dropped it
 * silently) and through the JSON they are stored as, including the records of older builds.
 */
class HostSettingsTest {
  private static final ObjectMapper JSON = EngineJson.mapper();

  private static HostSettings full() {
    return HostSettings.builder().capAdd(List.of("NET_ADMIN")).capDrop(List.of("CHOWN")).privileged(true).readonlyRootfs(true)
        .noNewPrivileges(true).tmpfs(Map.of("/run", "size=1m")).ulimits(List.of(new HostSettings.Ulimit("nofile", 10, 20)))
        .networkMode(HostSettings.NetworkMode.NONE).log(new LogSettings("local", Map.of("max-size", "1k", "compress", "false"))).init(true)
        .securityOpt(List.of("no-new-privileges")).cgroupParent("/parent").groupAdd(List.of("audio")).devices(List.of())
        .deviceCgroupRules(List.of("c 1:3 r")).shmSize(1 << 20).namespaces(NamespaceModes.of("host", "", "", ""))
        .tuning(new KernelTuning(Map.of("kernel.shmmax", "1"), 200)).systemPaths(new SystemPaths(List.of("/proc/keys"), List.of())).build();
  }

  @Test
  void changingTheNamespacesKeepsEverythingElse() {
    HostSettings s = full();
    NamespaceModes other = NamespaceModes.of("", "host", "host", "private");
    HostSettings changed = s.withNamespaces(other);
    assertThat(changed.namespaces()).isEqualTo(other);
    assertThat(changed).usingRecursiveComparison().ignoringFields("namespaces").isEqualTo(s);
  }

  @Test
  void theBuilderOfSettingsBuildsTheSameSettings() {
    assertThat(full().toBuilder().build()).isEqualTo(full());
  }

  @Test
  void storedSettingsReadBackEqual() throws Exception {
    HostSettings s = full();
    assertThat(JSON.readValue(JSON.writeValueAsString(s), HostSettings.class)).isEqualTo(s);
    assertThat(JSON.readValue(JSON.writeValueAsString(HostSettings.DEFAULT), HostSettings.class)).isEqualTo(HostSettings.DEFAULT);
  }

  @Test
  void aRecordOfThePreviousBuildKeepsItsJsonFileRotation() throws Exception {
    String old = """
        {"capAdd":[],"capDrop":[],"privileged":false,"readonlyRootfs":false,"noNewPrivileges":false,"tmpfs":{},"ulimits":[],
         "networkMode":"ISOLATED","logMaxSize":10485760,"logMaxFiles":3,"init":true,"securityOpt":[],"cgroupParent":"",
         "groupAdd":[],"devices":null,"deviceCgroupRules":null,"shmSize":0}""";
    HostSettings back = JSON.readValue(old, HostSettings.class);
    assertThat(back.log()).isEqualTo(new LogSettings("json-file", Map.of("max-size", "10485760", "max-file", "3")));
    assertThat(LogRotation.of(back.log())).isEqualTo(new LogRotation(10_485_760, 3, false));
    assertThat(back.init()).isTrue();
  }

  @Test
  void aRecordOfThePreviousBuildWithoutRotationHasTheDefaultLog() throws Exception {
    HostSettings back = JSON.readValue("{\"logMaxSize\":0,\"logMaxFiles\":1,\"privileged\":true}", HostSettings.class);
    assertThat(back.log()).isEqualTo(LogSettings.DEFAULT);
    assertThat(back.privileged()).isTrue();
  }
}
