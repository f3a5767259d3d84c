package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The runtime-spec state of a container, as {@code state} prints it (state-schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record State(String ociVersion, String id, String status, Integer pid, String bundle,
    Map<String, String> annotations) {}
