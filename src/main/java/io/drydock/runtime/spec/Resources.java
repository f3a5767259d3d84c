package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The cgroup resource limits of linux.resources (applied by the cgroup managers, not by this package). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resources(
    List<DeviceRule> devices,
    Memory memory,
    Cpu cpu,
    Pids pids,
    BlockIo blockIO,
    List<HugepageLimit> hugepageLimits,
    Map<String, Object> network,
    Map<String, RdmaLimit> rdma,
    Map<String, String> unified,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Resources {
    unknown = Extras.copy(unknown);
  }
}
