package io.drydock.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HostConfig.IpcMode}: what it decides, and the text sent, which inspect shows unchanged
 * (empty as {@code private}, dockerd's default ipc mode). dockerd 20.10 takes any text at create;
 * one it does not know is refused only at start, {@code Invalid IPC mode: <text>} with status 500
 * ({@link Kind#INVALID}).
 */
public record IpcMode(Kind kind, String sent) {
  public enum Kind { PRIVATE, NONE, SHAREABLE, HOST, CONTAINER, INVALID }

  public static final IpcMode DEFAULT = of("");

  @JsonCreator
  public static IpcMode of(String sent) {
    String s = sent == null ? "" : sent;
    Kind k = switch (s) {
      case "", "private" -> Kind.PRIVATE;
      case "none" -> Kind.NONE;
      case "shareable" -> Kind.SHAREABLE;
      case "host" -> Kind.HOST;
      default -> s.startsWith("container:") ? Kind.CONTAINER : Kind.INVALID;
    };
    return new IpcMode(k, s);
  }

  @JsonValue
  @Override
  public String sent() {
    return sent;
  }

  /** Inspect's {@code IpcMode}: as sent, the default shown as {@code private}. */
  public String shown() {
    return sent.isEmpty() ? "private" : sent;
  }
}
