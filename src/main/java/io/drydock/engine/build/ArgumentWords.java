package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.ImportChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parse-time shapes of instruction arguments, as dockerd's parser produces them before any
 * substitution: words split on blanks outside quotes (quotes and escapes kept for the lexer),
 * {@code name=value} pairs (ENV, LABEL), and the JSON (exec) form. Pure.
 */
final class ArgumentWords {
  private ArgumentWords() {}

  /** Splits on blanks outside quotes; quotes and escapes stay in the words. */
  static List<String> split(String text, char escape) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      word.append(c);
      if (c == escape && quote != '\'' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  /** The exec form: a JSON array of strings; anything else is the shell form (empty). */
  static Optional<List<String>> json(String text) {
    return ImportChanges.execForm(text);
  }

  /**
   * ENV and LABEL: {@code name=value ...} (each word must hold {@code =}), or the old
   * {@code name value words} form; values still quoted. {@code name} is the instruction's name
   * for the errors.
   */
  static Map<String, String> pairs(String text, char escape, String name) {
    List<String> words = split(text, escape);
    if (words.isEmpty()) {
      throw new DrydockException.InvalidArgument(name + " requires at least one argument");
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (!words.get(0).contains("=")) {
      String rest = text.strip().substring(words.get(0).length()).strip();
      if (rest.isEmpty()) {
        throw new DrydockException.InvalidArgument(name + " must have two arguments");
      }
      out.put(words.get(0), rest);
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq < 0) {
        throw new DrydockException.InvalidArgument("Syntax error - can't find = in \"" + w + "\". Must be of the form: name=value");
      }
      if (eq == 0) {
        throw new DrydockException.InvalidArgument(name + " names can not be blank");
      }
      out.put(w.substring(0, eq), w.substring(eq + 1));
    }
    return out;
  }
}
