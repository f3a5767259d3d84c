package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The uid, gid, supplementary groups and umask the process runs with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(
    Long uid,
    Long gid,
    Integer umask,
    List<Long> additionalGids,
    String username,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public User {
    unknown = Extras.copy(unknown);

  }
}
