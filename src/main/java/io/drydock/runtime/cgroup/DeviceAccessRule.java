package io.drydock.runtime.cgroup;

/**
 * One device cgroup rule: allow or deny {@code access} (a subset of "rwm") to devices of a type
 * ({@code a} all, {@code c} char, {@code b} block) and number; -1 is the wildcard {@code *}.
 */
public record DeviceAccessRule(boolean allow, char type, long major, long minor, String access) {
  public static final long ANY = -1;

  /** The line v1's {@code devices.allow} / {@code devices.deny} take: {@code c 1:3 rwm}. */
  public String v1Line() {
    return type + " " + number(major) + ":" + number(minor) + " " + access;
  }

  /** The v1 file this rule is written to. */
  public String v1File() {
    return allow ? "devices.allow" : "devices.deny";
  }

  private static String number(long n) {
    return n == ANY ? "*" : Long.toString(n);
  }
}
