package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.PidMode}: what it decides, and the text sent, which inspect shows unchanged.
 * dockerd 20.10 accepts any text at create and start: only {@code host} shares the host's pid
 * namespace, {@code container:<x>} another container's; everything else (empty, {@code private},
 * {@code Host}, a typo) gives the container its own.
 */
public record PidMode(Kind kind, String sent) {
  public enum Kind { PRIVATE, HOST, CONTAINER }

  public static final PidMode DEFAULT = of("");

  @JsonCreator
  public static PidMode of(String sent) {
    String s = sent == null ? "" : sent;
    Kind k = s.equals("host") ? Kind.HOST : s.startsWith("container:") ? Kind.CONTAINER : Kind.PRIVATE;
    return new PidMode(k, s);
  }

  @JsonValue
  @Override
  public String sent() {
    return sent;
  }
}
