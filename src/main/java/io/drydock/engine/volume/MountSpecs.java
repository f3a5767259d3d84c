package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code HostConfig.Binds} strings ({@code name:/path[:ro]}, {@code /host:/path[:ro,rshared]})
 * and {@code HostConfig.Mounts} objects into {@link MountRequest}s with dockerd's validation and
 * messages. Bind sources are made canonical once, here ({@link Path#toRealPath}): the container
 * gets the directory the path named at create time, and a symlink swapped in later does not
 * redirect it.
 */
public final class MountSpecs {
  /** The mode dockerd gives a volume mount that names none: SELinux's shared relabel. */
  private static final String VOLUME_MODE = "z";

  private MountSpecs() {}

  /** All mounts of a container; two mounts on one target are refused. */
  public static List<MountRequest> parse(List<String> binds, List<MountObject> mounts) {
    List<MountRequest> out = new ArrayList<>();
    for (String b : binds) {
      out.add(fromBind(b));
    }
    for (MountObject m : mounts) {
      out.add(fromMount(m));
    }
    Set<String> targets = new HashSet<>();
    for (MountRequest r : out) {
      if (!targets.add(clean(r.target()))) {
        throw new DrydockException.InvalidArgument("Duplicate mount point: " + r.target());
      }
    }
    return out;
  }

  /** One {@code -v} string. A host path that does not exist is created, as the legacy {@code -v} does. */
  public static MountRequest fromBind(String spec) {
    String[] parts = spec.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new DrydockException.InvalidArgument("invalid volume specification: '" + spec + "'");
    }
    String source = parts[0];
    String target = parts[1];
    if (parts.length == 2 && BindModes.valid(target)) { // a path with a mode and no target (dockerd: volumes cannot take a mode)
      throw new DrydockException.InvalidArgument("invalid volume specification: '" + spec + "'");
    }
    boolean bind = source.startsWith("/");
    MountType type = bind ? MountType.BIND : MountType.VOLUME;
    if (!target.startsWith("/")) {
      throw new DrydockException.InvalidArgument(
          "invalid volume specification: '" + spec + "': invalid mount config for type \"" + type.wireName() + "\": invalid mount path: '" + target + "' mount path must be absolute");
    }
    boolean readOnly = false;
    boolean noCopy = false;
    Optional<String> propagation = Optional.empty();
    if (parts.length == 3) {
      if (!BindModes.valid(parts[2])) {
        throw new DrydockException.InvalidArgument("invalid mode: " + parts[2]);
      }
      for (String mode : parts[2].split(",")) {
        switch (mode) {
          case "ro" -> readOnly = true;
          case "nocopy" -> noCopy = true;
          default -> {
            if (BindModes.isPropagation(mode)) {
              propagation = Optional.of(mode);
            }
          }
        }
      }
    }
    String mode = parts.length == 3 ? parts[2] : "";
    if (bind) {
      return new MountRequest(MountType.BIND, resolveBindSource(source, true), target, readOnly, propagation, false, Map.of(), Map.of(), 0, 0, mode);
    }
    if (propagation.isPresent()) {
      throw new DrydockException.InvalidArgument("invalid volume specification: '" + spec + "': invalid mount config for type \"volume\": field BindOptions must not be specified");
    }
    VolumeNames.validate(source);
    return new MountRequest(MountType.VOLUME, source, target, readOnly, Optional.empty(), noCopy, Map.of(), Map.of(), 0, 0,
        mode.isEmpty() ? VOLUME_MODE : mode);
  }

  /** One {@code --mount} object. */
  public static MountRequest fromMount(MountObject m) {
    MountType type = MountType.parse(m.type() == null ? "" : m.type());
    String prefix = "invalid mount config for type \"" + type.wireName() + "\": ";
    String source = m.source() == null ? "" : m.source();
    String target = m.target() == null ? "" : m.target();
    if (target.isEmpty()) {
      throw new DrydockException.InvalidArgument(prefix + "field Target must not be empty");
    }
    if (!target.startsWith("/")) {
      throw new DrydockException.InvalidArgument(prefix + "invalid mount path: '" + target + "' mount path must be absolute");
    }
    Optional<String> propagation = Optional.ofNullable(m.bindPropagation()).filter(s -> !s.isEmpty());
    if (propagation.isPresent() && type != MountType.BIND) {
      throw new DrydockException.InvalidArgument(prefix + "field BindOptions must not be specified");
    }
    if (propagation.isPresent() && !BindModes.isPropagation(propagation.get())) {
      throw new DrydockException.InvalidArgument(prefix + "invalid propagation mode: " + propagation.get());
    }
    return switch (type) {
      case BIND -> {
        if (source.isEmpty()) {
          throw new DrydockException.InvalidArgument(prefix + "field Source must not be empty");
        }
        if (!source.startsWith("/")) {
          throw new DrydockException.InvalidArgument(prefix + "invalid mount path: '" + source + "' mount path must be absolute");
        }
        yield new MountRequest(type, resolveBindSource(source, false), target, m.readOnly(), propagation, false, Map.of(), Map.of(), 0, 0, "");
      }
      case VOLUME -> {
        if (!source.isEmpty()) {
          VolumeNames.validate(source);
        } else if (m.readOnly()) {
          throw new DrydockException.InvalidArgument(prefix + "must not set ReadOnly mode when using anonymous volumes");
        }
        Map<String, String> labels = m.volumeLabels() == null ? Map.of() : m.volumeLabels();
        Map<String, String> options = m.volumeOptions() == null ? Map.of() : m.volumeOptions();
        yield new MountRequest(type, source, target, m.readOnly(), Optional.empty(), m.volumeNoCopy(), labels, options, 0, 0, VOLUME_MODE);
      }
      case TMPFS -> {
        if (!source.isEmpty()) {
          throw new DrydockException.InvalidArgument(prefix + "field Source must not be specified");
        }
        if (m.tmpfsSizeBytes() < 0) {
          throw new DrydockException.InvalidArgument(prefix + "invalid tmpfs size: " + m.tmpfsSizeBytes());
        }
        yield new MountRequest(type, "", target, m.readOnly(), Optional.empty(), false, Map.of(), Map.of(), m.tmpfsSizeBytes(), m.tmpfsMode(), "");
      }
    };
  }

  /**
   * The canonical host path of a bind source. {@code createMissing} is the legacy {@code -v}
   * behaviour (create the directory); {@code --mount} refuses a missing source.
   */
  static String resolveBindSource(String source, boolean createMissing) {
    Path p = Path.of(source).normalize();
    try {
      if (!Files.exists(p)) {
        if (!createMissing) {
          throw new DrydockException.InvalidArgument("invalid mount config for type \"bind\": bind source path does not exist: " + source);
        }
        Files.createDirectories(p);
      }
      return p.toRealPath().toString();
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid mount config for type \"bind\": " + source + ": " + e.getMessage());
    }
  }

  private static String clean(String target) {
    String t = Path.of(target).normalize().toString();
    return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }
}
