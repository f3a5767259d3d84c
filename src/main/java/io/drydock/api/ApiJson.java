package io.drydock.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one Jackson configuration of the API: unknown request fields are ignored (clients send
 * fields of newer API versions, and dockerd ignores them too).
 */
public final class ApiJson {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ApiJson() {}
}
