package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The container's init process: what runs, as whom, with which privileges. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Process(
    Boolean terminal,
    ConsoleSize consoleSize,
    User user,
    List<String> args,
    String commandLine,
    List<String> env,
    String cwd,
    Capabilities capabilities,
    List<Rlimit> rlimits,
    Boolean noNewPrivileges,
    String apparmorProfile,
    Integer oomScoreAdj,
    String selinuxLabel,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Process {
    unknown = Extras.copy(unknown);

  }
}
