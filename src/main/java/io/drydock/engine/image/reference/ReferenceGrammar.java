package io.drydock.engine.image.reference;

import java.util.regex.Pattern;

/**
 * The grammar of distribution/reference (as vendored in dockerd 20.10), written as small
 * iterative scanners instead of its one large regular expression: Java's backtracking matcher
 * recurses once per repetition and overflows the stack on a long hostile input, where Go's RE2 is
 * linear. {@code ReferenceRegexOracle} (tests) holds the original expressions, and a property
 * checks that both accept exactly the same strings.
 *
 * <pre>
 * reference       := name [ ":" tag ] [ "@" digest ]
 * name            := [domain "/"] path-component ["/" path-component]*
 * domain          := domain-component ["." domain-component]* [":" port-number]
 * domain-component:= /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 * port-number     := /[0-9]+/
 * path-component  := alpha-numeric [separator alpha-numeric]*
 * alpha-numeric   := /[a-z0-9]+/
 * separator       := /[_.]|__|[-]*&#47;
 * tag             := /[\w][\w.-]{0,127}/
 * digest          := algorithm ":" hex  ; algorithm /[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*&#47;, hex /[0-9a-fA-F]{32,}/
 * </pre>
 */
final class ReferenceGrammar {
  private ReferenceGrammar() {}

  /** distribution's {@code NameTotalLengthMax}: domain and path together. */
  static final int NAME_TOTAL_LENGTH_MAX = 255;

  static final Pattern IDENTIFIER = Pattern.compile("[a-f0-9]{64}");
  static final Pattern SHORT_IDENTIFIER = Pattern.compile("[a-f0-9]{6,64}");

  static boolean isPathComponent(String s) {
    int n = s.length();
    int i = 0;
    while (true) {
      int start = i;
      while (i < n && isLowerAlnum(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
      if (i == n) {
        return true;
      }
      char c = s.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '_') {
        i += i + 1 < n && s.charAt(i + 1) == '_' ? 2 : 1;
      } else if (c == '-') {
        while (i < n && s.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
    }
  }

  static boolean isPath(String s) {
    for (String component : s.split("/", -1)) {
      if (!isPathComponent(component)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDomain(String s) {
    String host = s;
    int colon = s.indexOf(':');
    if (colon >= 0) {
      String port = s.substring(colon + 1);
      if (port.isEmpty() || !port.chars().allMatch(ReferenceGrammar::isDigit)) {
        return false;
      }
      host = s.substring(0, colon);
    }
    for (String component : host.split("\\.", -1)) {
      if (!isDomainComponent(component)) {
        return false;
      }
    }
    return true;
  }

  static boolean isTag(String s) {
    if (s.isEmpty() || s.length() > 128 || !isWord(s.charAt(0))) {
      return false;
    }
    return s.chars().allMatch(c -> isWord(c) || c == '.' || c == '-');
  }

  /** The digest syntax of the reference grammar; go-digest's stricter rules are in DigestText. */
  static boolean isDigestSyntax(String s) {
    int colon = s.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String hex = s.substring(colon + 1);
    if (hex.length() < 32 || !hex.chars().allMatch(ReferenceGrammar::isHex)) {
      return false;
    }
    for (String part : s.substring(0, colon).split("[-_+.]", -1)) {
      if (part.isEmpty() || !isAsciiLetter(part.charAt(0))
          || !part.chars().allMatch(c -> isAsciiLetter(c) || isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDomainComponent(String s) {
    int n = s.length();
    if (n == 0 || !isAlnum(s.charAt(0)) || !isAlnum(s.charAt(n - 1))) {
      return false;
    }
    return s.chars().allMatch(c -> isAlnum(c) || c == '-');
  }

  private static boolean isLowerAlnum(int c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
  }

  private static boolean isAlnum(int c) {
    return isAsciiLetter(c) || isDigit(c);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWord(int c) {
    return isAlnum(c) || c == '_';
  }

  private static boolean isHex(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
