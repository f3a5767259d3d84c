package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The seccomp filter as the config states it (actions and syscalls by name). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seccomp(
    String defaultAction,
    Long defaultErrnoRet,
    List<String> architectures,
    List<String> flags,
    String listenerPath,
    String listenerMetadata,
    List<Syscall> syscalls,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Seccomp {
    unknown = Extras.copy(unknown);

  }
}
