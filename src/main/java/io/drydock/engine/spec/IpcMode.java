package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.IpcMode}: the text as dockerd 20.10 keeps it, which inspect shows unchanged
 * (empty as {@code private}, dockerd's default ipc mode), and what it decides, read from that
 * text alone. dockerd takes any text at create ({@code container:<x>} kept as
 * {@code container:<full id>} once found); one it does not know is refused only at start,
 * {@code Invalid IPC mode: <text>} with status 500 ({@link Kind#INVALID}).
 */
public record IpcMode(@JsonValue String sent) {
  public enum Kind { PRIVATE, NONE, SHAREABLE, HOST, CONTAINER, INVALID }

  public static final IpcMode DEFAULT = of("");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IpcMode of(String sent) {
    return new IpcMode(sent == null ? "" : sent);
  }

  public Kind kind() {
    return switch (sent) {
      case "", "private" -> Kind.PRIVATE;
      case "none" -> Kind.NONE;
      case "shareable" -> Kind.SHAREABLE;
      case "host" -> Kind.HOST;
      default -> ContainerTarget.of(sent).isPresent() ? Kind.CONTAINER : Kind.INVALID;
    };
  }

  /** The container whose namespace a {@code container:<x>} mode shares, as named (maybe empty). */
  public String target() {
    return ContainerTarget.of(sent).orElseThrow();
  }

  /** The same mode naming the target by {@code id}. */
  public IpcMode withTarget(String id) {
    return new IpcMode(ContainerTarget.PREFIX + id);
  }

  /** Inspect's {@code IpcMode}: as sent, the default shown as {@code private}. */
  public String shown() {
    return sent.isEmpty() ? "private" : sent;
  }
}
