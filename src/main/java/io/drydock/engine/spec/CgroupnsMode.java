package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.CgroupnsMode}: what it decides, and the text sent. Empty is the daemon's
 * default, {@code host} as dockerd's on a cgroup v1 host; a text other than {@code private} or
 * {@code host} is refused at create ({@link Kind#INVALID}), as dockerd 20.10 does.
 */
public record CgroupnsMode(Kind kind, String sent) {
  public enum Kind { HOST, PRIVATE, INVALID }

  public static final CgroupnsMode DEFAULT = of("");

  @JsonCreator
  public static CgroupnsMode of(String sent) {
    String s = sent == null ? "" : sent;
    Kind k = switch (s) {
      case "", "host" -> Kind.HOST;
      case "private" -> Kind.PRIVATE;
      default -> Kind.INVALID;
    };
    return new CgroupnsMode(k, s);
  }

  @JsonValue
  @Override
  public String sent() {
    return sent;
  }

  /** Inspect's {@code CgroupnsMode}: {@code private} when asked for, else {@code host}. */
  public String shown() {
    return kind == Kind.PRIVATE ? "private" : "host";
  }
}
