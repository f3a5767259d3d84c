package io.drydock.engine.build;

import java.util.List;
import java.util.stream.Collectors;

/** How dockerd's history lines print values (Go's {@code %q} and {@code %v} of a string slice). */
final class GoText {
  private GoText() {}

  /** {@code ["a" "b c"]}. */
  static String quoted(List<String> words) {
    return words.stream().map(GoText::quote).collect(Collectors.joining(" ", "[", "]"));
  }

  /** {@code [a b c]}. */
  static String plain(List<String> words) {
    return String.join(" ", words).transform(s -> "[" + s + "]");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
