package io.drydock.engine.spec;

import java.util.List;

/**
 * {@code HostConfig.MaskedPaths} and {@code ReadonlyPaths}: the paths of {@code /proc} and
 * {@code /sys} a container cannot read, or cannot write. Null stands for "not sent": dockerd then
 * fills in Docker's defaults for an unprivileged container and none for a privileged one; a sent
 * list (also an empty one, which {@code docker run --security-opt systempaths=unconfined} sends)
 * replaces them. Inspect shows what {@link #masked} and {@link #readonly} give, which is what the
 * spec applies.
 */
public record SystemPaths(List<String> maskedPaths, List<String> readonlyPaths) {
  public static final SystemPaths DEFAULT = new SystemPaths(null, null);

  public SystemPaths {
    maskedPaths = maskedPaths == null ? null : List.copyOf(maskedPaths);
    readonlyPaths = readonlyPaths == null ? null : List.copyOf(readonlyPaths);
  }

  /** The masked paths applied; null for none (privileged, nothing sent). */
  public List<String> masked(boolean privileged) {
    return maskedPaths != null ? maskedPaths : privileged ? null : OciSpecBuilder.MASKED;
  }

  /** The read-only paths applied; null for none (privileged, nothing sent). */
  public List<String> readonly(boolean privileged) {
    return readonlyPaths != null ? readonlyPaths : privileged ? null : OciSpecBuilder.READONLY;
  }
}
