package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.api.dto.ContainerCreateRequest;
import io.drydock.api.dto.HostConfig;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.EngineJson;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.spec.DeviceMapping;
import io.drydock.engine.spec.HostSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code HostConfig.Devices} and {@code DeviceCgroupRules}: the create body → the engine's mappings (kept as sent, checked), stored, and back in inspect. */
class DeviceTranslationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HostSettings create(String hostConfig) throws Exception {
    ContainerCreateRequest body = JSON.readValue("{\"Image\":\"busybox\",\"HostConfig\":" + hostConfig + "}", ContainerCreateRequest.class);
    return CreateTranslator.request(Optional.of("d"), body).host();
  }

  @Test
  void theEntriesAreKeptAsSentEmptyFieldsIncluded() throws Exception {
    HostSettings h = create("{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"/dev/xnull\",\"CgroupPermissions\":\"r\"},"
        + "{\"PathOnHost\":\"/dev/zero\",\"PathInContainer\":\"\",\"CgroupPermissions\":\"\"}]}");
    assertThat(h.devices()).containsExactly(new DeviceMapping("/dev/null", "/dev/xnull", "r"), new DeviceMapping("/dev/zero", "", ""));
    assertThat(ContainerTranslator.devices(h)).containsExactly(new HostConfig.DeviceMapping("/dev/null", "/dev/xnull", "r"),
        new HostConfig.DeviceMapping("/dev/zero", "", ""));
  }

  @Test
  void noneSentIsNullAnEmptyListStaysEmpty() throws Exception {
    HostSettings none = create("{}");
    assertThat(none.devices()).isNull();
    assertThat(none.deviceList()).isEmpty();
    assertThat(ContainerTranslator.devices(none)).isNull();
    assertThat(ContainerTranslator.devices(create("{\"Devices\":[]}"))).isEqualTo(List.of());
    assertThat(CreateTranslator.request(Optional.empty(), JSON.readValue("{\"Image\":\"busybox\"}", ContainerCreateRequest.class))
        .host().devices()).isNull();
  }

  @Test
  void badModesAndRelativeContainerPathsAreRefusedAtCreate() {
    assertThatThrownBy(() -> create("{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"CgroupPermissions\":\"rwx\"}]}"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("bad mode specified: rwx");
    assertThatThrownBy(() -> create("{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"xnull\"}]}"))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("xnull is not an absolute path");
    assertThatThrownBy(() -> create("{\"Devices\":[null]}")).isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void theDevicesSurviveTheEnginesRecordAndAnOldRecordHasNone() throws Exception {
    HostSettings h = create("{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"/dev/xnull\",\"CgroupPermissions\":\"rw\"}]}");
    ObjectMapper engine = EngineJson.mapper();
    assertThat(engine.readValue(engine.writeValueAsString(h), HostSettings.class)).isEqualTo(h);
    String old = engine.writeValueAsString(HostSettings.DEFAULT).replace(",\"devices\":null", "");
    assertThat(old).doesNotContain("devices");
    assertThat(engine.readValue(old, HostSettings.class).devices()).isNull();
  }

  // HostConfig.DeviceCgroupRules: kept as sent at create (dockerd reads them only at start, so even
  // a malformed rule is no create error), stored, and shown by inspect as sent, null vs [].

  @Test
  void theRulesAreKeptAsSentMalformedOnesToo() throws Exception {
    HostSettings h = create("{\"DeviceCgroupRules\":[\"c 1:3 rwm\",\"x 1:3 rwm\",null]}");
    assertThat(h.deviceCgroupRules()).containsExactly("c 1:3 rwm", "x 1:3 rwm", "");
  }

  @Test
  void inspectShowsNullWhenNoneWereSentAndTheListOtherwiseOnce() throws Exception {
    assertThat(inspected(create("{}")).get("DeviceCgroupRules").isNull()).isTrue();
    assertThat(inspected(create("{\"DeviceCgroupRules\":[]}")).get("DeviceCgroupRules").toString()).isEqualTo("[]");
    String json = io.drydock.api.ApiJson.MAPPER.writeValueAsString(hostConfig(create("{\"DeviceCgroupRules\":[\"c 1:1 rwm\"]}")));
    assertThat(json).contains("\"DeviceCgroupRules\":[\"c 1:1 rwm\"]");
    assertThat(json.split("\"DeviceCgroupRules\"", -1)).hasSize(2);
  }

  @Test
  void theRulesSurviveTheEnginesRecordAndAnOldRecordHasNone() throws Exception {
    HostSettings h = create("{\"DeviceCgroupRules\":[\"b *:* r\"]}");
    ObjectMapper engine = EngineJson.mapper();
    assertThat(engine.readValue(engine.writeValueAsString(h), HostSettings.class)).isEqualTo(h);
    String old = engine.writeValueAsString(HostSettings.DEFAULT).replace(",\"deviceCgroupRules\":null", "");
    assertThat(old).doesNotContain("deviceCgroupRules");
    assertThat(engine.readValue(old, HostSettings.class).deviceCgroupRules()).isNull();
  }

  private static Object hostConfig(HostSettings h) {
    ContainerConfig config = new ContainerConfig("true", List.of(), List.of(), "", "", "", false, false, false, Map.of(), null, null);
    ContainerRecord r = new ContainerRecord(ContainerId.of("ab".repeat(32)), "/d", Instant.EPOCH, "busybox", "sha256:" + "cd".repeat(32),
        config, ContainerResources.NONE, RestartPolicy.NO, false, ContainerState.created());
    return ContainerTranslator.hostConfig(new StoredContainer(r, h, List.of(), List.of()));
  }

  private static JsonNode inspected(HostSettings h) {
    return JSON.valueToTree(hostConfig(h));
  }
}
