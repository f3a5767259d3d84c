package io.drydock.api;

import java.util.Arrays;

/**
 * An Engine API version such as {@code 1.41}, compared component by component like moby's
 * {@code versions.LessThan} ({@code 1.9 < 1.10}). Missing or empty components count as zero.
 */
public record ApiVersion(String text, int[] parts) implements Comparable<ApiVersion> {
  public static final ApiVersion CURRENT = parse("1.41");
  public static final ApiVersion MINIMUM = parse("1.24");

  public static ApiVersion parse(String text) {
    String[] pieces = text.split("\\.", -1);
    int[] parts = new int[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      parts[i] = pieces[i].isEmpty() ? 0 : parseComponent(pieces[i]);
    }
    return new ApiVersion(text, parts);
  }

  private static int parseComponent(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  @Override
  public int compareTo(ApiVersion other) {
    int n = Math.max(parts.length, other.parts.length);
    for (int i = 0; i < n; i++) {
      int a = i < parts.length ? parts[i] : 0;
      int b = i < other.parts.length ? other.parts[i] : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    int end = parts.length;
    while (end > 0 && parts[end - 1] == 0) {
      end--;
    }
    return Arrays.hashCode(Arrays.copyOf(parts, end));
  }

  @Override
  public String toString() {
    return text;
  }
}
