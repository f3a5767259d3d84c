package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The Linux-specific part of the config. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Linux(
    List<Namespace> namespaces,
    List<IdMapping> uidMappings,
    List<IdMapping> gidMappings,
    Map<String, Object> timeOffsets,
    List<Device> devices,
    String cgroupsPath,
    Resources resources,
    String rootfsPropagation,
    Seccomp seccomp,
    Map<String, String> sysctl,
    List<String> maskedPaths,
    List<String> readonlyPaths,
    String mountLabel,
    Map<String, Object> intelRdt,
    Map<String, Object> personality,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Linux {
    unknown = Extras.copy(unknown);

  }
}
