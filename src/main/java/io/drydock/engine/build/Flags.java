package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An instruction's {@code --name=value} flags, checked against the ones it accepts (dockerd: {@code Unknown flag: x}). */
final class Flags {
  private final Map<String, String> values;

  private Flags(Map<String, String> values) {
    this.values = values;
  }

  static Flags of(Instruction in, String... accepted) {
    return of(in.flags(), accepted);
  }

  /** {@code --name=value} words (as the parser split them off) checked against {@code accepted}. */
  static Flags of(List<String> flags, String... accepted) {
    Set<String> ok = Set.of(accepted);
    Map<String, String> values = new HashMap<>();
    for (String f : flags) {
      int eq = f.indexOf('=');
      String name = eq < 0 ? f.substring(2) : f.substring(2, eq);
      if (!ok.contains(name)) {
        throw new DrydockException.InvalidArgument("Unknown flag: " + name);
      }
      values.put(name, eq < 0 ? "" : f.substring(eq + 1));
    }
    return new Flags(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }
}
