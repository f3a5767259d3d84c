package io.drydock.engine.container.fs;

import io.drydock.supervisor.snapshot.MountSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only mounts of a stopped container's tree, made from its writable ones: an overlay
 * becomes one without upper and work directories whose top lower layer is the old upper layer (so
 * its whiteouts still hide what they hid, and nothing can touch the work directory the container's
 * next start needs); a bind becomes a read-only bind. Pure, so it is tested without mounting.
 */
public final class ReadOnlyView {
  private ReadOnlyView() {}

  public static List<MountSpec> of(List<MountSpec> writable) {
    List<MountSpec> out = new ArrayList<>();
    for (MountSpec m : writable) {
      out.add(switch (m.type()) {
        case "overlay" -> overlay(m);
        case "bind" -> bind(m);
        default -> throw new IllegalArgumentException("cannot make a read-only view of a " + m.type() + " mount");
      });
    }
    return out;
  }

  private static MountSpec overlay(MountSpec m) {
    String lower = null;
    String upper = null;
    List<String> rest = new ArrayList<>();
    for (String o : m.options()) {
      if (o.startsWith("lowerdir=")) {
        lower = o.substring("lowerdir=".length());
      } else if (o.startsWith("upperdir=")) {
        upper = o.substring("upperdir=".length());
      } else if (!o.startsWith("workdir=") && !o.equals("rw") && !o.equals("ro")) {
        rest.add(o);
      }
    }
    if (lower == null) {
      throw new IllegalArgumentException("overlay mount without lowerdir: " + m.options());
    }
    List<String> options = new ArrayList<>();
    options.add("lowerdir=" + (upper == null ? lower : upper + ":" + lower));
    options.addAll(rest);
    options.add("ro");
    return new MountSpec(m.type(), m.source(), options);
  }

  private static MountSpec bind(MountSpec m) {
    List<String> options = new ArrayList<>();
    for (String o : m.options()) {
      if (!o.equals("rw") && !o.equals("ro")) {
        options.add(o);
      }
    }
    options.add("ro");
    return new MountSpec(m.type(), m.source(), options);
  }
}
