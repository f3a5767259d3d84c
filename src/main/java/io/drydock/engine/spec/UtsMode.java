package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.UTSMode}: what it decides, and the text sent, which inspect shows unchanged.
 * dockerd 20.10 accepts any text: only {@code host} shares the host's uts namespace (and name);
 * everything else, {@code container:<x>} included, gives the container its own.
 */
public record UtsMode(Kind kind, String sent) {
  public enum Kind { PRIVATE, HOST }

  public static final UtsMode DEFAULT = of("");

  @JsonCreator
  public static UtsMode of(String sent) {
    String s = sent == null ? "" : sent;
    return new UtsMode(s.equals("host") ? Kind.HOST : Kind.PRIVATE, s);
  }

  @JsonValue
  @Override
  public String sent() {
    return sent;
  }
}
