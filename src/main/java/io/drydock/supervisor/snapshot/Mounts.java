package io.drydock.supervisor.snapshot;

import io.drydock.common.DrydockException;
import io.drydock.os.MountCalls;
import io.drydock.runtime.audit.MountEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Performs the {@link MountSpec}s a snapshotter returns: bind (then a read-only remount when "ro",
 * since the kernel ignores MS_RDONLY on the first bind) and overlay. Unmounting detaches, so a
 * busy mount leaves the tree at once and is freed when its last user goes.
 */
public final class Mounts {
  private Mounts() {}

  /** Mounts {@code specs} on {@code target} in order; on failure unmounts what it mounted. */
  public static void mount(List<MountSpec> specs, Path target) {
    int done = 0;
    try {
      for (MountSpec spec : specs) {
        mountOne(spec, target);
        done++;
      }
    } catch (RuntimeException e) {
      for (int i = 0; i < done; i++) {
        MountCalls.unmountDetached(target);
      }
      throw e;
    }
  }

  private static void mountOne(MountSpec spec, Path target) {
    switch (spec.type()) {
      case "bind" -> {
        Set<MountCalls.Flag> flags = EnumSet.of(MountCalls.Flag.BIND);
        if (spec.options().contains("rbind")) {
          flags.add(MountCalls.Flag.REC);
        }
        MountCalls.mount(spec.source(), target, null, flags, null);
        if (spec.readOnly()) {
          try {
            MountCalls.mount(null, target, null, EnumSet.of(MountCalls.Flag.REMOUNT, MountCalls.Flag.BIND, MountCalls.Flag.RDONLY), null);
          } catch (RuntimeException e) {
            MountCalls.unmountDetached(target);
            throw e;
          }
        }
      }
      case "overlay" -> {
        List<String> data = new ArrayList<>();
        for (String o : spec.options()) {
          if (!o.equals("ro") && !o.equals("rw")) {
            data.add(o);
          }
        }
        Set<MountCalls.Flag> flags = spec.readOnly() ? EnumSet.of(MountCalls.Flag.RDONLY) : EnumSet.noneOf(MountCalls.Flag.class);
        MountCalls.mount("overlay", target, "overlay", flags, String.join(",", data));
      }
      default -> throw new DrydockException.InvalidArgument("unsupported mount type \"" + spec.type() + "\"");
    }
  }

  /** Detaches the mount at {@code target}. */
  public static void unmount(Path target) {
    MountCalls.unmountDetached(target);
  }

  /**
   * The mount points of this process's mount namespace at or below {@code dir} (absolute,
   * normalized), from {@code /proc/self/mountinfo} (parsed by the runtime's {@link MountEntry});
   * empty when it cannot be read.
   */
  public static List<Path> atOrBelow(Path dir) {
    Path base = dir.toAbsolutePath().normalize();
    try {
      String text = java.nio.file.Files.readString(Path.of("/proc/self/mountinfo"));
      return MountEntry.parseAll(text).stream().map(m -> Path.of(m.mountPoint())).filter(p -> p.startsWith(base)).toList();
    } catch (java.io.IOException | RuntimeException e) {
      return List.of();
    }
  }
}
