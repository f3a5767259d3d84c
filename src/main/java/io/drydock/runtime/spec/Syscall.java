package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A seccomp rule: the action for the named syscalls when all args match. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Syscall(
    List<String> names,
    String action,
    Long errnoRet,
    List<SyscallArg> args,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Syscall {
    unknown = Extras.copy(unknown);

  }
}
