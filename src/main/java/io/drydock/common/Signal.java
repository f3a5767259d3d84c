package io.drydock.common;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated Linux signal, parsed the way Docker and runc accept it: a number ({@code 15}), a
 * name with or without {@code SIG} in any case ({@code TERM}, {@code SIGterm}), or a realtime
 * signal ({@code RTMIN+3}).
 */
public record Signal(int number) {
  private static final int RTMIN = 34;
  private static final int RTMAX = 64;
  private static final Map<String, Integer> NUMBERS = new TreeMap<>(Map.ofEntries(
      Map.entry("HUP", 1), Map.entry("INT", 2), Map.entry("QUIT", 3), Map.entry("ILL", 4), Map.entry("TRAP", 5),
      Map.entry("ABRT", 6), Map.entry("IOT", 6), Map.entry("BUS", 7), Map.entry("FPE", 8), Map.entry("KILL", 9),
      Map.entry("USR1", 10), Map.entry("SEGV", 11), Map.entry("USR2", 12), Map.entry("PIPE", 13),
      Map.entry("ALRM", 14), Map.entry("TERM", 15), Map.entry("STKFLT", 16), Map.entry("CHLD", 17),
      Map.entry("CONT", 18), Map.entry("STOP", 19), Map.entry("TSTP", 20), Map.entry("TTIN", 21),
      Map.entry("TTOU", 22), Map.entry("URG", 23), Map.entry("XCPU", 24), Map.entry("XFSZ", 25),
      Map.entry("VTALRM", 26), Map.entry("PROF", 27), Map.entry("WINCH", 28), Map.entry("IO", 29),
      Map.entry("POLL", 29), Map.entry("PWR", 30), Map.entry("SYS", 31), Map.entry("RTMIN", RTMIN),
      Map.entry("RTMAX", RTMAX)));

  public static final Signal TERM = new Signal(15);
  public static final Signal KILL = new Signal(9);

  public Signal {
    if (number < 1 || number > RTMAX) {
      throw new DrydockException.InvalidArgument("invalid signal: " + number);
    }
  }

  /** Parses "15", "TERM", "SIGTERM", "sigterm", "RTMIN+1", "SIGRTMAX-2". */
  public static Signal parse(String text) {
    if (text == null || text.isBlank()) {
      throw new DrydockException.InvalidArgument("invalid signal: empty");
    }
    String s = text.trim().toUpperCase(Locale.ROOT);
    if (s.chars().allMatch(Character::isDigit)) {
      try {
        return new Signal(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        throw new DrydockException.InvalidArgument("invalid signal: " + text);
      }
    }
    if (s.startsWith("SIG")) {
      s = s.substring(3);
    }
    Integer n = NUMBERS.get(s);
    if (n == null) {
      n = realtime(s);
    }
    if (n == null || n < 1 || n > RTMAX) {
      throw new DrydockException.InvalidArgument("invalid signal: " + text);
    }
    return new Signal(n);
  }

  private static Integer realtime(String s) {
    for (String base : new String[] {"RTMIN+", "RTMAX-"}) {
      if (s.startsWith(base) && s.length() > base.length() && s.substring(base.length()).chars().allMatch(Character::isDigit)) {
        int off = Integer.parseInt(s.substring(base.length()));
        int n = base.startsWith("RTMIN") ? RTMIN + off : RTMAX - off;
        return n >= RTMIN && n <= RTMAX ? n : null;
      }
    }
    return null;
  }

  /** The conventional name ("SIGTERM", "SIGRTMIN+2"). */
  public String name() {
    for (Map.Entry<String, Integer> e : NUMBERS.entrySet()) {
      if (e.getValue() == number && !e.getKey().equals("IOT") && !e.getKey().equals("POLL")) {
        return "SIG" + e.getKey();
      }
    }
    return number > RTMIN && number < RTMAX ? "SIGRTMIN+" + (number - RTMIN) : "SIG" + number;
  }

  @Override
  public String toString() {
    return name();
  }
}
