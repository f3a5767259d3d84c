package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.api.ApiJson;
import io.drydock.api.dto.ResourceTuningFields;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.container.ResourceTuning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The finer resource fields in (with Go's decoding refusals, in dockerd 20.10's words) and out (inspect, as dockerd shows them). */
class TuningTranslationTest {
  private static final ObjectMapper JSON = ApiJson.MAPPER;

  private static ResourceTuning create(String hostConfig) throws Exception {
    return TuningTranslation.ofCreate(JSON.readValue(hostConfig, ResourceTuningFields.class));
  }

  @Test
  void everyFieldReachesTheEngineAndMinusOneSwappinessIsUnset() throws Exception {
    ResourceTuning t = create("{\"MemorySwappiness\":10,\"KernelMemory\":20971520,\"KernelMemoryTCP\":4194304,\"CpusetMems\":\"0\","
        + "\"CpuRealtimePeriod\":1000000,\"CpuRealtimeRuntime\":10000,\"BlkioWeight\":500,"
        + "\"BlkioWeightDevice\":[{\"Path\":\"/dev/vda\",\"Weight\":300}],\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":1048576}],"
        + "\"BlkioDeviceWriteIOps\":[{\"Path\":\"/dev/zram0\",\"Rate\":200}]}");
    assertThat(t).isEqualTo(new ResourceTuning(10L, 20971520, 4194304, "0", 1_000_000, 10_000,
        new BlockIo(500, List.of(new BlockIo.WeightDevice("/dev/vda", 300)), List.of(new BlockIo.Throttle("/dev/vda", 1048576)), null, null,
            List.of(new BlockIo.Throttle("/dev/zram0", 200)))));
    assertThat(create("{\"MemorySwappiness\":-1}").memorySwappiness()).isNull();
    assertThat(create("{}")).isEqualTo(ResourceTuning.NONE);
    assertThat(TuningTranslation.ofCreate(null)).isEqualTo(ResourceTuning.NONE);
  }

  @Test
  void numbersGosUnsignedFieldsCannotHoldAreRefusedInItsDecodersWords() {
    assertThatThrownBy(() -> create("{\"BlkioWeight\":-1}")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("json: cannot unmarshal number -1 into Go struct field HostConfig.HostConfig.BlkioWeight of type uint16");
    assertThatThrownBy(() -> create("{\"BlkioWeight\":70000}"))
        .hasMessage("json: cannot unmarshal number 70000 into Go struct field HostConfig.HostConfig.BlkioWeight of type uint16");
    assertThatThrownBy(() -> create("{\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":-1}]}"))
        .hasMessage("json: cannot unmarshal number -1 into Go struct field ThrottleDevice.HostConfig.BlkioDeviceReadBps.Rate of type uint64");
    assertThatThrownBy(() -> create("{\"BlkioWeightDevice\":[{\"Path\":\"/dev/vda\",\"Weight\":70000}]}"))
        .hasMessage("json: cannot unmarshal number 70000 into Go struct field WeightDevice.HostConfig.BlkioWeightDevice.Weight of type uint16");
    assertThatThrownBy(() -> TuningTranslation.ofUpdate(new ResourceTuningFields(-1L, null, null, null, null, null, null, null, null, null,
        null, null))).hasMessage("json: cannot unmarshal number -1 into Go struct field UpdateConfig.BlkioWeight of type uint16");
  }

  @Test
  void inspectShowsNoneAsNullAndAnEmptyListAsEmpty() throws Exception {
    Map<String, Object> none = TuningTranslation.inspect(ResourceTuning.NONE);
    assertThat(none).containsEntry("MemorySwappiness", null).containsEntry("BlkioWeightDevice", null).containsEntry("BlkioDeviceReadBps", null)
        .containsEntry("CpusetMems", "").containsEntry("KernelMemory", 0L).containsEntry("BlkioWeight", 0);
    Map<String, Object> sent = TuningTranslation.inspect(create("{\"BlkioWeightDevice\":[],\"BlkioDeviceWriteBps\":[{\"Path\":\"/dev/vda\",\"Rate\":5}],"
        + "\"MemorySwappiness\":0}"));
    assertThat(JSON.writeValueAsString(sent)).contains("\"BlkioWeightDevice\":[]", "\"BlkioDeviceWriteBps\":[{\"Path\":\"/dev/vda\",\"Rate\":5}]",
        "\"MemorySwappiness\":0");
  }
}
