package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A hugetlb limit for one page size (e.g. 2MB). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HugepageLimit(
    String pageSize,
    Long limit,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public HugepageLimit {
    unknown = Extras.copy(unknown);
  }
}
