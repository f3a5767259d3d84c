package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code HostConfig.Sysctls} and {@code HostConfig.OomScoreAdj}: kernel settings the container
 * asks for itself. The sysctls go to the spec as sent and the runtime decides which it may set
 * (only keys of a namespace the container has to itself, see spec/isolation.md ISO-SYSCTL-NS), so
 * a refused one fails the start, as with dockerd and runc; the score is checked at create, in
 * dockerd's words, and every container's process gets it (0 when none was sent), as dockerd sets it.
 */
public record KernelTuning(
    @JsonProperty("sysctls") Map<String, String> sysctls,
    @JsonProperty("oomScoreAdj") int oomScoreAdj) {
  public static final KernelTuning DEFAULT = new KernelTuning(Map.of(), 0);

  public KernelTuning {
    sysctls = sysctls == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sysctls));
    if (oomScoreAdj < -1000 || oomScoreAdj > 1000) {
      throw new DrydockException.InvalidArgument("Invalid value " + oomScoreAdj + ", range for oom score adj is [-1000, 1000]");
    }
  }
}
