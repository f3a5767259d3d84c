package io.drydock.engine.container.wiring;

import io.drydock.engine.volume.MountRequest;
import io.drydock.engine.volume.MountSpecs;
import io.drydock.engine.volume.MountType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The mounts of a new container, decided without touching anything: its {@code -v} and
 * {@code --mount} requests, then an anonymous volume for each {@code VOLUME} of the image and of
 * {@code Config.Volumes} ({@code -v /path}) that no request and no {@code --volumes-from} mount
 * already covers, as dockerd does. The mounts taken from other containers come first, and a
 * container's own mount on the same destination replaces them.
 */
final class MountPlan {
  private MountPlan() {}

  static List<MountRequest> of(WiringRequest request, Collection<String> imageVolumes) {
    return of(request, imageVolumes, List.of());
  }

  /** As {@link #of(WiringRequest, Collection)}, with {@code inherited} (from other containers) covering their targets too. */
  static List<MountRequest> of(WiringRequest request, Collection<String> imageVolumes, List<StoredMount> inherited) {
    List<MountRequest> out = new ArrayList<>(MountSpecs.parse(request.binds(), request.mounts()));
    TreeSet<String> implicit = new TreeSet<>(imageVolumes);
    implicit.addAll(request.volumes());
    for (String target : implicit) {
      String clean = clean(target);
      if (out.stream().noneMatch(m -> clean(m.target()).equals(clean)) && inherited.stream().noneMatch(m -> clean(m.target()).equals(clean))) {
        out.add(new MountRequest(MountType.VOLUME, "", target, false, Optional.empty(), false, Map.of(), Map.of(), 0, 0, ""));
      }
    }
    out.sort((a, b) -> Integer.compare(depth(a.target()), depth(b.target())));
    return out;
  }

  /**
   * The container's mounts: the inherited ones in the order of their sources (a later source's
   * mount on a destination replaces an earlier one's), each replaced by an own mount on its
   * destination, parents before children.
   */
  static List<StoredMount> merge(List<StoredMount> inherited, List<StoredMount> own) {
    Map<String, StoredMount> byTarget = new LinkedHashMap<>();
    for (StoredMount m : inherited) {
      byTarget.remove(clean(m.target()));
      byTarget.put(clean(m.target()), m);
    }
    own.forEach(m -> byTarget.put(clean(m.target()), m));
    List<StoredMount> out = new ArrayList<>(byTarget.values());
    out.sort((a, b) -> Integer.compare(depth(a.target()), depth(b.target())));
    return out;
  }

  static String clean(String target) {
    String t = Path.of(target).normalize().toString();
    return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }

  /** Parents before children, so a mount inside another one lands on top of it. */
  private static int depth(String target) {
    return (int) clean(target).chars().filter(c -> c == '/').count();
  }
}
