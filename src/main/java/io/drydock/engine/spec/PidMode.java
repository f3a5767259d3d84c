package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.PidMode}: the text as dockerd 20.10 keeps it, and what it decides, read from
 * that text alone (so the record store keeps only the text). dockerd accepts any text at create
 * and start: only {@code host} shares the host's pid namespace, {@code container:<x>} another
 * container's (kept as {@code container:<full id>} once the create found it); everything else
 * (empty, {@code private}, {@code Host}, a typo) gives the container its own.
 */
public record PidMode(@JsonValue String sent) {
  public enum Kind { PRIVATE, HOST, CONTAINER }

  public static final PidMode DEFAULT = of("");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PidMode of(String sent) {
    return new PidMode(sent == null ? "" : sent);
  }

  public Kind kind() {
    return sent.equals("host") ? Kind.HOST : ContainerTarget.of(sent).isPresent() ? Kind.CONTAINER : Kind.PRIVATE;
  }

  /** The container whose namespace a {@code container:<x>} mode shares, as named (maybe empty). */
  public String target() {
    return ContainerTarget.of(sent).orElseThrow();
  }

  /** The same mode naming the target by {@code id}. */
  public PidMode withTarget(String id) {
    return new PidMode(ContainerTarget.PREFIX + id);
  }
}
