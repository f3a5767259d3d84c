package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pure half of {@code docker top}, as dockerd 20.10 does it: the client's {@code ps_args}
 * become the arguments of the host's {@code ps} (default {@code -ef}), and of ps's output only the
 * rows whose PID belongs to the container are kept. dockerd answers 500 for every problem here
 * (untyped errors), so these are {@link DrydockException.SystemError}s with its words.
 */
final class PsOutput {
  /** A column renamed to PID (say {@code -o user=PID}) would let another column pass as the pid. */
  private static final Pattern RENAMED_PID = Pattern.compile("\\s+(\\S*)=\\s*(PID\\S*)");
  private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
  private static final Pattern LEADING_SPACE = Pattern.compile("^[ \\t\\n\\x0B\\f\\r]+");

  private PsOutput() {}

  /** The arguments for ps: {@code ps_args} split at single spaces as dockerd does, {@code -ef} when empty. */
  static List<String> arguments(String psArgs) {
    String args = psArgs == null || psArgs.isEmpty() ? "-ef" : psArgs;
    Matcher m = RENAMED_PID.matcher(args);
    while (m.find()) {
      if (!m.group(1).equals("pid")) {
        throw new DrydockException.SystemError("specifying \"" + m.group(1) + "=" + m.group(2) + "\" is not allowed");
      }
    }
    return Arrays.asList(args.split(" ", -1));
  }

  /**
   * ps's {@code -q} selection of exactly these pids (comma separated); some ps options refuse it,
   * then ps runs without it and {@link #containerRows} does the selection alone.
   */
  static String pidSelection(List<Long> pids) {
    StringBuilder b = new StringBuilder("-q");
    for (int i = 0; i < pids.size(); i++) {
      b.append(i == 0 ? "" : ",").append(pids.get(i));
    }
    return b.toString();
  }

  /**
   * The titles of ps's first line and the rows of the container's {@code pids}. A row whose PID is
   * "-" is a thread line (ps {@code m}) and follows the process above it. Fields beyond the titles
   * are joined with single spaces into the last one.
   */
  static ProcessList containerRows(String output, Set<Long> pids) {
    String[] lines = output.split("\n", -1);
    List<String> titles = fields(lines[0]);
    int pidColumn = titles.indexOf("PID");
    if (pidColumn < 0) {
      throw new DrydockException.SystemError("Couldn't find PID field in ps output");
    }
    List<List<String>> rows = new ArrayList<>();
    boolean lastKept = false;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      List<String> f = fields(lines[i]);
      String pid = pidColumn < f.size() ? f.get(pidColumn) : "";
      if (pid.equals("-")) {
        if (lastKept) {
          rows.add(fit(f, titles.size()));
        }
        continue;
      }
      lastKept = pids.contains(parsePid(pid));
      if (lastKept) {
        rows.add(fit(f, titles.size()));
      }
    }
    return new ProcessList(titles, rows);
  }

  private static long parsePid(String pid) {
    try {
      return Long.parseLong(pid);
    } catch (NumberFormatException e) {
      throw new DrydockException.SystemError("Unexpected pid '" + pid + "': strconv.Atoi: parsing \"" + pid + "\": invalid syntax");
    }
  }

  /** Fields split at ASCII white space only, as dockerd does (a command may hold other spaces). */
  private static List<String> fields(String line) {
    String s = LEADING_SPACE.matcher(line).replaceFirst("");
    return s.isEmpty() ? List.of() : Arrays.asList(ASCII_SPACE.split(s));
  }

  /** Exactly {@code width} fields: the overhanging ones joined into the last. */
  private static List<String> fit(List<String> fields, int width) {
    if (fields.size() <= width) {
      return fields;
    }
    List<String> row = new ArrayList<>(fields.subList(0, width - 1));
    row.add(String.join(" ", fields.subList(width - 1, fields.size())));
    return row;
  }
}
