package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dockerfile text to instructions, as dockerd 20.10's parser reads it: parser directives
 * ({@code # escape=`}) only before anything else, whole-line comments (also between continued
 * lines), a line ending in the escape character continued by the next one (which keeps its
 * leading blanks), empty continuation lines skipped, the keyword case-insensitive, leading
 * {@code --name=value} flags split off, ONBUILD's trigger checked. Pure; errors in dockerd's words.
 */
public final class DockerfileParser {
  private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");

  private DockerfileParser() {}

  public static Dockerfile parse(String text) {
    String[] lines = stripBom(text).replace("\r\n", "\n").split("\n", -1);
    int i = 0;
    char escape = '\\';
    boolean escapeSeen = false;
    for (; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i].strip());
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equalsIgnoreCase("escape")) {
        if (escapeSeen) {
          throw error("only one escape parser directive can be used");
        }
        escapeSeen = true;
        escape = escapeChar(m.group(2));
      }
    }
    List<Instruction> out = new ArrayList<>();
    while (i < lines.length) {
      String first = stripLeading(lines[i]);
      i++;
      if (isComment(first)) {
        continue;
      }
      int startLine = i;
      Continuation c = Continuation.of(first, escape);
      if (c.ended() && c.text().isBlank()) {
        continue;
      }
      StringBuilder joined = new StringBuilder(c.text());
      while (!c.ended() && i < lines.length) {
        String next = lines[i];
        i++;
        if (isComment(next) || next.isBlank()) {
          continue;
        }
        c = Continuation.of(next, escape);
        joined.append(c.text());
      }
      if (!joined.toString().isBlank()) {
        out.add(instruction(joined.toString(), startLine));
      }
    }
    return new Dockerfile(out, escape);
  }

  private record Continuation(String text, boolean ended) {
    static Continuation of(String line, char escape) {
      int end = line.length();
      while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end > 0 && line.charAt(end - 1) == escape) {
        return new Continuation(line.substring(0, end - 1), false);
      }
      return new Continuation(line, true);
    }
  }

  private static Instruction instruction(String line, int lineNumber) {
    String trimmed = line.strip();
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    String word = trimmed.substring(0, space);
    String rest = trimmed.substring(space).strip();
    Keyword keyword = Keyword.of(word)
        .orElseThrow(() -> error("dockerfile parse error line " + lineNumber + ": unknown instruction: " + word.toUpperCase(Locale.ROOT)));
    if (keyword == Keyword.ONBUILD) {
      trigger(rest, lineNumber);
    }
    List<String> flags = new ArrayList<>();
    while (rest.startsWith("--")) {
      int end = 0;
      while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
        end++;
      }
      String flag = rest.substring(0, end);
      rest = rest.substring(end).strip();
      if (flag.equals("--")) {
        break;
      }
      flags.add(flag);
    }
    return new Instruction(keyword, flags, rest, line, lineNumber);
  }

  /**
   * An ONBUILD trigger (the text after {@code ONBUILD}) as the instruction it runs when an image
   * built with it is used by a FROM; dockerd's parse errors for a trigger it refuses.
   */
  static Instruction trigger(String text, int lineNumber) {
    if (text.isBlank()) {
      throw error("dockerfile parse error line " + lineNumber + ": ONBUILD requires at least one argument");
    }
    Instruction in = instruction(text, lineNumber);
    switch (in.keyword()) {
      case ONBUILD -> throw error("dockerfile parse error line " + lineNumber + ": Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      case FROM, MAINTAINER -> throw error("dockerfile parse error line " + lineNumber + ": " + in.keyword() + " isn't allowed as an ONBUILD trigger");
      default -> {
        return in;
      }
    }
  }

  private static boolean isComment(String line) {
    return stripLeading(line).startsWith("#");
  }

  private static String stripLeading(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i);
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static char escapeChar(String value) {
    if (!value.equals("`") && !value.equals("\\")) {
      throw error("invalid ESCAPE '" + value + "'. Must be ` or \\");
    }
    return value.charAt(0);
  }

  private static DrydockException error(String message) {
    return new DrydockException.InvalidArgument(message);
  }
}
