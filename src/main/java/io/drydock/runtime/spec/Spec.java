package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The whole config.json of a bundle (runtime-spec 1.0.2/1.1, Linux parts); fields drydock does not know are kept in {@code unknown} and written back unchanged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Spec(
    String ociVersion,
    Process process,
    Root root,
    String hostname,
    String domainname,
    List<Mount> mounts,
    Hooks hooks,
    Map<String, String> annotations,
    Linux linux,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Spec {
    unknown = Extras.copy(unknown);

  }
}
