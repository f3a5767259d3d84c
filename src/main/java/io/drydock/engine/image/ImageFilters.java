package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.FilterKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code filters} of {@code GET /images/json} as a pure decision over records: dangling,
 * label ({@code key} or {@code key=value}), reference (a glob over familiar names, as
 * distribution's {@code FamiliarMatch}), before and since (relative to another image's creation).
 * A reference filter also narrows the RepoTags shown, as in dockerd.
 */
public final class ImageFilters {
  private static final Set<String> KNOWN = Set.of("dangling", "label", "reference", "before", "since");

  private final Optional<Boolean> dangling;
  private final List<String> labels;
  private final List<Pattern> references;
  private final Optional<Instant> before;
  private final Optional<Instant> since;

  private ImageFilters(Optional<Boolean> dangling, List<String> labels, List<Pattern> references, Optional<Instant> before, Optional<Instant> since) {
    this.dangling = dangling;
    this.labels = labels;
    this.references = references;
    this.before = before;
    this.since = since;
  }

  /**
   * Parses the filter map; {@code created} resolves an image argument of before/since to its
   * creation time (and throws NotFound for an unknown image).
   */
  public static ImageFilters parse(Map<String, List<String>> filters, Function<String, Instant> created) {
    FilterKeys.check(filters, KNOWN);
    Optional<Boolean> dangling = FilterKeys.bool(filters, "dangling");
    List<Pattern> refs = new ArrayList<>();
    filters.getOrDefault("reference", List.of()).forEach(g -> refs.add(glob(g)));
    return new ImageFilters(dangling, List.copyOf(filters.getOrDefault("label", List.of())), refs,
        filters.getOrDefault("before", List.of()).stream().map(created).min(Instant::compareTo),
        filters.getOrDefault("since", List.of()).stream().map(created).max(Instant::compareTo));
  }

  /** The record as listed (RepoTags narrowed by a reference filter), or empty when filtered out. */
  public Optional<ImageRecord> apply(ImageRecord r) {
    if (dangling.isPresent() && (dangling.get() ? !r.repoTags().isEmpty() : r.dangling())) {
      return Optional.empty();
    }
    if (!labels.stream().allMatch(l -> hasLabel(r, l))) {
      return Optional.empty();
    }
    if (before.isPresent() && !r.created().isBefore(before.get())) {
      return Optional.empty();
    }
    if (since.isPresent() && !r.created().isAfter(since.get())) {
      return Optional.empty();
    }
    if (references.isEmpty()) {
      return Optional.of(r);
    }
    List<String> tags = r.repoTags().stream().filter(this::matchesReference).toList();
    List<String> digests = r.repoDigests().stream().filter(this::matchesReference).toList();
    if (tags.isEmpty() && digests.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImageRecord(r.id(), tags, r.repoDigests(), r.parent(), r.created(), r.size(), r.sharedSize(),
        r.config(), r.platform(), r.author(), r.comment(), r.diffIds(), r.layers(), r.history(), r.manifest(), r.committedFrom(), r.configSettings()));
  }

  private boolean matchesReference(String familiar) {
    String name = familiar.replaceAll("[@:][^/]*$", "");
    return references.stream().anyMatch(p -> p.matcher(familiar).matches() || p.matcher(name).matches());
  }

  private static boolean hasLabel(ImageRecord r, String filter) {
    int eq = filter.indexOf('=');
    if (eq < 0) {
      return r.config().labels().containsKey(filter);
    }
    return filter.substring(eq + 1).equals(r.config().labels().get(filter.substring(0, eq)));
  }

  /** Go's {@code path.Match} syntax as a regex: {@code *} and {@code ?} never cross a slash. */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    boolean inClass = false;
    for (char c : glob.toCharArray()) {
      if (inClass) {
        re.append(c == '\\' ? "\\\\" : String.valueOf(c));
        inClass = c != ']';
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        re.append('[');
        inClass = true;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (inClass) {
      throw new DrydockException.InvalidArgument("syntax error in pattern");
    }
    return Pattern.compile(re.toString());
  }
}
