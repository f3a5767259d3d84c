package io.drydock.engine.image.reference;

import java.util.regex.Pattern;

/**
 * distribution/reference's regular expressions (as vendored in dockerd 20.10), assembled from the
 * same named pieces, spelled out verbatim (separator {@code [-]*} included): the oracle that
 * {@link ReferenceGrammar}'s scanners are checked against on short inputs.
 */
final class ReferenceRegexOracle {
  private ReferenceRegexOracle() {}

  static final String ALPHA_NUMERIC = "[a-z0-9]+";
  static final String SEPARATOR = "(?:[._]|__|[-]*)";
  static final String PATH_COMPONENT = ALPHA_NUMERIC + "(?:" + SEPARATOR + ALPHA_NUMERIC + ")*";
  static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
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
}
