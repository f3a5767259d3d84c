package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.CapabilityNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Docker's capability arithmetic: the 14 default capabilities, plus {@code CapAdd}, minus
 * {@code CapDrop}, with {@code ALL} on either side, names with or without {@code CAP_}. Unknown
 * names are refused with dockerd's message.
 */
public final class Capabilities {
  /** Docker's 14 default capabilities ({@link CapabilityNames#DOCKER_DEFAULT}). */
  public static final List<String> DEFAULT = CapabilityNames.DOCKER_DEFAULT;

  /** Every capability Docker knows by name, as a privileged exec gets them too ({@link CapabilityNames#DOCKER_ALL}). */
  public static final List<String> ALL = CapabilityNames.DOCKER_ALL;

  private Capabilities() {}

  /** The resulting set, in {@link #ALL}'s order. */
  public static List<String> effective(List<String> add, List<String> drop, boolean privileged) {
    if (privileged) {
      return ALL;
    }
    List<String> adds = normalize(add, "CapAdd");
    List<String> drops = normalize(drop, "CapDrop");
    Set<String> result = new LinkedHashSet<>();
    if (!drops.contains("ALL")) {
      result.addAll(DEFAULT);
    }
    if (adds.contains("ALL")) {
      result.addAll(ALL);
    } else {
      result.addAll(adds);
    }
    if (!drops.contains("ALL")) {
      result.removeAll(drops.stream().filter(d -> !adds.contains(d)).toList());
    }
    return ALL.stream().filter(result::contains).toList();
  }

  /**
   * Upper case, with the {@code CAP_} prefix; InvalidArgument for names Linux does not have, in
   * dockerd's words, naming the field and the normalized name ({@code invalid CapAdd: unknown
   * capability: "CAP_NOPE"}). Nothing is trimmed, as in dockerd.
   */
  static List<String> normalize(List<String> names, String field) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String u = n.toUpperCase(Locale.ROOT);
      if (u.equals("ALL")) {
        out.add("ALL");
        continue;
      }
      String c = u.startsWith("CAP_") ? u : "CAP_" + u;
      if (!ALL.contains(c)) {
        throw new DrydockException.InvalidArgument("invalid " + field + ": unknown capability: \"" + c + "\"");
      }
      out.add(c);
    }
    return out;
  }
}
