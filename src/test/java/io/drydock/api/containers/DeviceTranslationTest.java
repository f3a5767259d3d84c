package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.api.dto.ContainerCreateRequest;
import io.drydock.api.dto.HostConfig;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.EngineJson;
import io.drydock.engine.spec.DeviceMapping;
import io.drydock.engine.spec.HostSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code HostConfig.Devices}: the create body → the engine's mappings (kept as sent, checked), stored, and back in inspect. */
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
}
