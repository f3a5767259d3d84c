package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.supervisor.content.ContentStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which repositories of a registry a blob is known to be in, kept as a content label
 * ({@code drydock.io/distribution.source.<registry>=repo1,repo2}, containerd's idea): a push
 * to another repository of the same registry can then mount the blob instead of uploading it.
 */
final class DistributionSource {
  static final String PREFIX = "drydock.io/distribution.source.";

  private DistributionSource() {}

  static void record(ContentStore content, Digest digest, String registry, String repository) {
    Map<String, String> labels = new HashMap<>(content.info(digest).labels());
    Set<String> repos = new LinkedHashSet<>();
    Optional.ofNullable(labels.get(PREFIX + registry)).ifPresent(v -> repos.addAll(Arrays.asList(v.split(","))));
    if (repos.add(repository)) {
      labels.put(PREFIX + registry, String.join(",", repos));
      content.setLabels(digest, labels);
    }
  }

  /** A repository of {@code registry} other than {@code except} that holds the blob, if known. */
  static Optional<String> elsewhere(ContentStore content, Digest digest, String registry, String except) {
    String v = content.info(digest).labels().get(PREFIX + registry);
    if (v == null) {
      return Optional.empty();
    }
    return Arrays.stream(v.split(",")).filter(r -> !r.isEmpty() && !r.equals(except)).findFirst();
  }
}
