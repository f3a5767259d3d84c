package io.drydock.engine.image.reference;

import io.drydock.common.DrydockException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A normalized image reference: registry domain, repository path, and an optional tag and digest,
 * as Docker normalizes what users type ({@code busybox} is
 * {@code docker.io/library/busybox:latest}). Parsing follows distribution/reference's
 * {@code ParseNormalizedNamed} step by step, with the same error texts, so a client sees the
 * message it would see from dockerd. The digest is a validated {@code algorithm:hex} string.
 *
 * <p>Pure: no registry is contacted, no image store consulted.
 */
public record ImageRef(String domain, String path, Optional<String> tag, Optional<String> digest) {
  public static final String DEFAULT_DOMAIN = "docker.io";
  public static final String LEGACY_DEFAULT_DOMAIN = "index.docker.io";
  public static final String OFFICIAL_REPO_PREFIX = "library/";
  public static final String DEFAULT_TAG = "latest";

  public ImageRef {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(path, "path");
    tag = tag == null ? Optional.empty() : tag;
    digest = digest == null ? Optional.empty() : digest;
    if (!ReferenceGrammar.DOMAIN_ONLY.matcher(domain).matches()
        || !ReferenceGrammar.PATH.matcher(path).matches()) {
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    if (domain.length() + 1 + path.length() > ReferenceGrammar.NAME_TOTAL_LENGTH_MAX) {
      throw new DrydockException.InvalidArgument(
          "repository name must not be more than 255 characters");
    }
    tag.ifPresent(ImageRef::requireTag);
    digest.ifPresent(DigestText::validate);
  }

  /**
   * Parses what a user typed and adds the default tag {@code latest} when neither a tag nor a
   * digest is given (what {@code docker pull} and {@code docker run} do).
   */
  public static ImageRef parse(String text) {
    ImageRef named = parseNamed(text);
    return named.tag.isEmpty() && named.digest.isEmpty() ? named.withTag(DEFAULT_TAG) : named;
  }

  /** Parses and normalizes without adding a default tag ({@code ParseNormalizedNamed}). */
  public static ImageRef parseNamed(String text) {
    if (text == null) {
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    if (ReferenceGrammar.IDENTIFIER.matcher(text).matches()) {
      throw new DrydockException.InvalidArgument(
          "invalid repository name (" + text + "), cannot specify 64-byte hexadecimal strings");
    }
    String[] split = splitDomain(text);
    String domain = split[0];
    String remainder = split[1];
    int tagSep = remainder.indexOf(':');
    String remoteName = tagSep >= 0 ? remainder.substring(0, tagSep) : remainder;
    if (!remoteName.toLowerCase(Locale.ROOT).equals(remoteName)) {
      throw new DrydockException.InvalidArgument(
          "invalid reference format: repository name must be lowercase");
    }
    return parseFull(domain + "/" + remainder, domain);
  }

  /** The repository name: {@code domain/path}. */
  public String name() {
    return domain + "/" + path;
  }

  /** The repository as users write it: {@code busybox}, {@code user/app}, {@code localhost:5000/x}. */
  public String familiarRepository() {
    if (!domain.equals(DEFAULT_DOMAIN)) {
      return name();
    }
    if (path.startsWith(OFFICIAL_REPO_PREFIX) && path.indexOf('/', OFFICIAL_REPO_PREFIX.length()) < 0) {
      return path.substring(OFFICIAL_REPO_PREFIX.length());
    }
    return path;
  }

  /** The short form shown by {@code docker images}: {@code busybox:latest}. */
  public String familiarName() {
    return familiarRepository() + suffix();
  }

  public ImageRef withTag(String newTag) {
    return new ImageRef(domain, path, Optional.of(newTag), digest);
  }

  public ImageRef withDigest(String newDigest) {
    return new ImageRef(domain, path, tag, Optional.of(newDigest));
  }

  /** Only the repository, without tag and digest. */
  public ImageRef repository() {
    return new ImageRef(domain, path, Optional.empty(), Optional.empty());
  }

  /** The canonical form: {@code docker.io/library/busybox:latest}. */
  @Override
  public String toString() {
    return name() + suffix();
  }

  /** Validates a tag alone (for {@code docker tag} and the {@code tag} query parameter). */
  public static String requireTag(String tag) {
    if (!ReferenceGrammar.TAG_ONLY.matcher(tag).matches()) {
      throw new DrydockException.InvalidArgument("invalid tag format");
    }
    return tag;
  }

  private String suffix() {
    return tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
  }

  /** distribution's {@code splitDockerDomain}: {domain, remainder}. */
  static String[] splitDomain(String name) {
    int i = name.indexOf('/');
    String domain;
    String remainder;
    if (i < 0 || !looksLikeDomain(name.substring(0, i))) {
      domain = DEFAULT_DOMAIN;
      remainder = name;
    } else {
      domain = name.substring(0, i);
      remainder = name.substring(i + 1);
    }
    if (domain.equals(LEGACY_DEFAULT_DOMAIN)) {
      domain = DEFAULT_DOMAIN;
    }
    if (domain.equals(DEFAULT_DOMAIN) && remainder.indexOf('/') < 0) {
      remainder = OFFICIAL_REPO_PREFIX + remainder;
    }
    return new String[] {domain, remainder};
  }

  /** A first component names a registry when it has a dot or a port, or is {@code localhost}. */
  static boolean looksLikeDomain(String first) {
    return first.contains(".") || first.contains(":") || first.equals("localhost");
  }

  /** distribution's {@code Parse} on the already-normalized string. */
  private static ImageRef parseFull(String full, String domain) {
    Matcher m = ReferenceGrammar.REFERENCE.matcher(full);
    if (!m.matches()) {
      if (ReferenceGrammar.REFERENCE.matcher(full.toLowerCase(Locale.ROOT)).matches()) {
        throw new DrydockException.InvalidArgument("repository name must be lowercase");
      }
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    String name = m.group(1);
    if (name.length() > ReferenceGrammar.NAME_TOTAL_LENGTH_MAX) {
      throw new DrydockException.InvalidArgument(
          "repository name must not be more than 255 characters");
    }
    if (!name.startsWith(domain + "/")) {
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    String path = name.substring(domain.length() + 1);
    return new ImageRef(
        domain, path, Optional.ofNullable(m.group(2)), Optional.ofNullable(m.group(3)));
  }
}
