package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;

/** Splits a Dockerfile argument into words the way the builder does: quotes group, backslash escapes. */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new DrydockException.InvalidArgument("unexpected end of statement while looking for matching " + quote);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
