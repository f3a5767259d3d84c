package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.UTSMode}: the text sent, which inspect shows unchanged, and what it decides,
 * read from that text alone. dockerd 20.10 accepts any text: only {@code host} shares the host's
 * uts namespace (and name); everything else, {@code container:<x>} included, gives the container
 * its own.
 */
public record UtsMode(String sent) {
  public enum Kind { PRIVATE, HOST }

  public static final UtsMode DEFAULT = of("");

  public UtsMode {
    sent = sent == null ? "" : sent;
  }

  @JsonValue
  @Override
  public String sent() {
    return sent;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UtsMode of(String sent) {
    return new UtsMode(sent);
  }

  public Kind kind() {
    return sent.equals("host") ? Kind.HOST : Kind.PRIVATE;
  }
}
