package io.drydock.runtime.audit;

import io.drydock.common.DrydockException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The security fields of {@code /proc/<pid>/status} (proc(5)): the five capability sets as bit
 * masks, NoNewPrivs, the seccomp mode and — on kernels since 5.9 — the number of attached filters.
 */
public record ProcStatus(long capInh, long capPrm, long capEff, long capBnd, long capAmb, boolean noNewPrivs,
    int seccompMode, OptionalInt seccompFilters) {

  /** Parses the whole text of a status file; a missing capability or seccomp field is an error. */
  public static ProcStatus parse(String text) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        f.put(line.substring(0, colon), line.substring(colon + 1).trim());
      }
    }
    String filters = f.get("Seccomp_filters");
    return new ProcStatus(mask(f, "CapInh"), mask(f, "CapPrm"), mask(f, "CapEff"), mask(f, "CapBnd"),
        f.containsKey("CapAmb") ? mask(f, "CapAmb") : 0, "1".equals(f.get("NoNewPrivs")), number(f, "Seccomp"),
        filters == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(filters)));
  }

  private static long mask(Map<String, String> f, String name) {
    try {
      return Long.parseUnsignedLong(required(f, name), 16);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("status: " + name + " is not a hex mask: " + f.get(name), e);
    }
  }

  private static int number(Map<String, String> f, String name) {
    try {
      return Integer.parseInt(required(f, name));
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("status: " + name + " is not a number: " + f.get(name), e);
    }
  }

  private static String required(Map<String, String> f, String name) {
    String v = f.get(name);
    if (v == null) {
      throw new DrydockException.InvalidArgument("status: no " + name + " field");
    }
    return v;
  }
}
