package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * dockerd's shell lexer for the instructions it substitutes into: single quotes are literal,
 * double quotes group and still expand {@code $}, the escape character takes the next character
 * literally (inside double quotes only before {@code "}, {@code $} or itself), and {@code $x},
 * {@code ${x}}, {@code ${x:-word}}, {@code ${x:+word}} expand from {@code env} (null: unset).
 * Quotes are removed. {@link #word} keeps blanks; {@link #words} splits on unquoted blanks,
 * expanded values included, as a shell does. Pure.
 */
public final class ShellLex {
  private final String text;
  private final Function<String, String> env;
  private final char escape;
  private final boolean split;
  private int pos;
  private final List<String> words = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean inWord;

  private ShellLex(String text, Function<String, String> env, char escape, boolean split) {
    this.text = text;
    this.env = env;
    this.escape = escape;
    this.split = split;
  }

  /** One word: quotes removed, variables expanded, blanks kept. */
  public static String word(String text, Function<String, String> env, char escape) {
    ShellLex lex = new ShellLex(text, env, escape, false);
    lex.run(-1);
    return lex.current.toString();
  }

  /** Words split on unquoted blanks, after expansion. */
  public static List<String> words(String text, Function<String, String> env, char escape) {
    ShellLex lex = new ShellLex(text, env, escape, true);
    lex.run(-1);
    lex.endWord();
    return List.copyOf(lex.words);
  }

  /** Scans until {@code stop} (a character outside quotes) or the end; returns whether {@code stop} was met. */
  private boolean run(int stop) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == stop) {
        pos++;
        return true;
      }
      pos++;
      if (c == '\'') {
        singleQuoted();
      } else if (c == '"') {
        doubleQuoted();
      } else if (c == '$') {
        unquoted(dollar());
      } else if (c == escape) {
        if (pos < text.length()) {
          append(text.charAt(pos++));
        }
      } else if (split && Character.isWhitespace(c)) {
        endWord();
      } else {
        append(c);
      }
    }
    return false;
  }

  private void singleQuoted() {
    inWord = true;
    int end = text.indexOf('\'', pos);
    if (end < 0) {
      throw new DrydockException.InvalidArgument("unexpected end of statement while looking for matching single-quote");
    }
    current.append(text, pos, end);
    pos = end + 1;
  }

  private void doubleQuoted() {
    inWord = true;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c == '$') {
        current.append(dollar());
      } else if (c == escape && pos < text.length() && "\"$".indexOf(text.charAt(pos)) >= 0 || c == escape && pos < text.length() && text.charAt(pos) == escape) {
        current.append(text.charAt(pos++));
      } else {
        current.append(c);
      }
    }
    throw new DrydockException.InvalidArgument("unexpected end of statement while looking for matching double-quote");
  }

  private String dollar() {
    if (pos >= text.length()) {
      return "$";
    }
    char c = text.charAt(pos);
    if (c == '{') {
      pos++;
      return braced();
    }
    String name = name();
    if (name.isEmpty()) {
      return "$";
    }
    return value(name);
  }

  private String braced() {
    String name = name();
    if (pos >= text.length()) {
      throw new DrydockException.InvalidArgument("syntax error: missing '}'");
    }
    char c = text.charAt(pos++);
    if (c == '}') {
      if (name.isEmpty()) {
        throw new DrydockException.InvalidArgument("bad substitution");
      }
      return value(name);
    }
    if (c != ':' || pos >= text.length()) {
      throw new DrydockException.InvalidArgument("missing ':' in substitution");
    }
    char modifier = text.charAt(pos++);
    ShellLex inner = new ShellLex(text, env, escape, false);
    inner.pos = pos;
    if (!inner.run('}')) {
      throw new DrydockException.InvalidArgument("syntax error: missing '}'");
    }
    pos = inner.pos;
    String word = inner.current.toString();
    String v = env.apply(name);
    return switch (modifier) {
      case '-' -> v == null || v.isEmpty() ? word : v;
      case '+' -> v == null || v.isEmpty() ? "" : word;
      default -> throw new DrydockException.InvalidArgument("unsupported modifier (" + modifier + ") in substitution");
    };
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String value(String name) {
    String v = env.apply(name);
    return v == null ? "" : v;
  }

  private void unquoted(String expanded) {
    for (int i = 0; i < expanded.length(); i++) {
      char c = expanded.charAt(i);
      if (split && Character.isWhitespace(c)) {
        endWord();
      } else {
        append(c);
      }
    }
  }

  private void append(char c) {
    current.append(c);
    inWord = true;
  }

  private void endWord() {
    if (inWord) {
      words.add(current.toString());
      current.setLength(0);
      inWord = false;
    }
  }
}
