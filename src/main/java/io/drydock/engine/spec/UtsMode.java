package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.UTSMode}: the text sent, which inspect shows unchanged, and what it decides,
 * read from that text alone. dockerd 20.10 accepts any text: only {@code host} shares the host's
 * uts namespace (and name); everything else, {@code container:<x>} included, gives the container
 * its own.
 */
public record UtsMode(@JsonValue String sent) {
  public enum Kind { PRIVATE, HOST }

  public static final UtsMode DEFAULT = of("");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UtsMode of(String sent) {
    return new UtsMode(sent == null ? "" : sent);
  }

  public Kind kind() {
    return sent.equals("host") ? Kind.HOST : Kind.PRIVATE;
  }
}
