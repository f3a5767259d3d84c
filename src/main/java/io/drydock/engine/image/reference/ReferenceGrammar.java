package io.drydock.engine.image.reference;

import java.util.regex.Pattern;

/**
 * The grammar of distribution/reference (as vendored in dockerd 20.10), assembled from the same
 * named pieces so each can be compared with the original. Two deliberate spellings differ but match
 * the same language: the separator {@code [-]*} is written {@code -+} (an empty separator only
 * joins two alphanumeric runs, which {@code [a-z0-9]+} already covers) and runs are possessive;
 * both keep Java's backtracking matcher linear where Go's RE2 is linear by construction.
 */
final class ReferenceGrammar {
  private ReferenceGrammar() {}

  static final String ALPHA_NUMERIC = "[a-z0-9]++";
  static final String SEPARATOR = "(?:[._]|__|-+)";
  static final String PATH_COMPONENT = ALPHA_NUMERIC + "(?:" + SEPARATOR + ALPHA_NUMERIC + ")*+";
  static final String DOMAIN_COMPONENT = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
  static final String DOMAIN =
      DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*(?::[0-9]+)?";
  static final String TAG = "[\\w][\\w.-]{0,127}";
  static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
  static final String NAME =
      "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";

  /** name, then optional {@code :tag}, then optional {@code @digest}; groups 1, 2, 3. */
  static final Pattern REFERENCE =
      Pattern.compile("(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");

  static final Pattern TAG_ONLY = Pattern.compile(TAG);
  static final Pattern PATH = Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
  static final Pattern DOMAIN_ONLY = Pattern.compile(DOMAIN);
  static final Pattern IDENTIFIER = Pattern.compile("[a-f0-9]{64}");
  static final Pattern SHORT_IDENTIFIER = Pattern.compile("[a-f0-9]{6,64}");

  /** distribution's {@code NameTotalLengthMax}: domain and path together. */
  static final int NAME_TOTAL_LENGTH_MAX = 255;
}
