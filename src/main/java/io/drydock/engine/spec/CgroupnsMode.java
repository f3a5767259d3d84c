package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.CgroupnsMode}: the text sent, and what it decides, read from that text alone.
 * Empty is the daemon's default, {@code host} as dockerd's on a cgroup v1 host; a text other than
 * {@code private} or {@code host} is refused at create ({@link Kind#INVALID}), as dockerd 20.10 does.
 */
public record CgroupnsMode(@JsonValue String sent) {
  public enum Kind { HOST, PRIVATE, INVALID }

  public static final CgroupnsMode DEFAULT = of("");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CgroupnsMode of(String sent) {
    return new CgroupnsMode(sent == null ? "" : sent);
  }

  public Kind kind() {
    return switch (sent) {
      case "", "host" -> Kind.HOST;
      case "private" -> Kind.PRIVATE;
      default -> Kind.INVALID;
    };
  }

  /** Inspect's {@code CgroupnsMode}: {@code private} when asked for, else {@code host}. */
  public String shown() {
    return kind() == Kind.PRIVATE ? "private" : "host";
  }
}
