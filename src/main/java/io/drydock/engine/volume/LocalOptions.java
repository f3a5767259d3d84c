package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The driver options of the {@code local} driver, checked at create: {@code type} (a file system
 * type, {@code tmpfs} or {@code none} for a bind), {@code o} (mount options) and {@code device}.
 * Without options the volume is a plain directory. As dockerd's local driver: any other key is
 * {@code invalid option: "k"}; {@code type} needs {@code device} and the other way round, {@code o}
 * needs {@code device}; {@code size} needs a project-quota file system, which drydock's volumes never
 * sit on. Beyond dockerd, a type other than tmpfs or a bind is refused here rather than at the
 * first mount.
 */
public record LocalOptions(Optional<String> type, Optional<String> o, Optional<String> device) {
  private static final Set<String> KEYS = Set.of("type", "o", "device", "size");

  public static LocalOptions parse(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!KEYS.contains(key)) {
        throw new DrydockException.InvalidArgument("invalid option: \"" + key + "\"");
      }
    }
    requires(options, "type", "device");
    requires(options, "device", "type");
    requires(options, "o", "device");
    if (options.containsKey("size")) {
      throw new DrydockException.InvalidArgument("quota size requested but no quota support");
    }
    LocalOptions parsed = new LocalOptions(
        Optional.ofNullable(options.get("type")).filter(s -> !s.isEmpty()),
        Optional.ofNullable(options.get("o")).filter(s -> !s.isEmpty()),
        Optional.ofNullable(options.get("device")).filter(s -> !s.isEmpty()));
    if (parsed.isBind() && parsed.device().isEmpty()) {
      throw new DrydockException.InvalidArgument("missing required option: \"device\"");
    }
    if (parsed.isBind() && !parsed.device().get().startsWith("/")) {
      throw new DrydockException.InvalidArgument("invalid option: \"device\": a bind device must be an absolute path");
    }
    if (parsed.type().isPresent() && !parsed.isTmpfs() && !parsed.isBind()) {
      throw new DrydockException.InvalidArgument("unsupported volume type " + parsed.type().get() + ": drydock's local driver mounts tmpfs and binds");
    }
    if (parsed.type().isEmpty() && (parsed.o().isPresent() || parsed.device().isPresent()) && !parsed.isBind()) {
      throw new DrydockException.InvalidArgument("missing required option: \"type\"");
    }
    return parsed;
  }

  private static void requires(Map<String, String> options, String key, String needed) {
    if (options.containsKey(key) && !options.containsKey(needed)) {
      throw new DrydockException.InvalidArgument("missing required option: \"" + needed + "\"");
    }
  }

  public boolean isTmpfs() {
    return type.filter("tmpfs"::equals).isPresent();
  }

  public boolean isBind() {
    return o.map(s -> Set.of(s.split(",")).contains("bind")).orElse(false);
  }

  public boolean needsMount() {
    return isTmpfs() || isBind();
  }

  /** The tmpfs data string without {@code bind}-style flags drydock handles itself. */
  public String tmpfsData() {
    return o.orElse("");
  }
}
