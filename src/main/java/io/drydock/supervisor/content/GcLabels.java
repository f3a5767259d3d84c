package io.drydock.supervisor.content;

import io.drydock.common.Digest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference graph of the content store as labels, in containerd's style: a blob labelled
 * {@code drydock.io/gc.ref.content.<anything>=<digest>} keeps that digest alive as long as it is
 * itself alive (a manifest keeps its config and layers). Labels are pure data, so the engine sets
 * them when it stores a manifest and the store needs no knowledge of image formats.
 */
public final class GcLabels {
  public static final String PREFIX = "drydock.io/gc.ref.content";

  private GcLabels() {}

  /** The digests a blob's labels reference; a malformed label value is an InvalidArgument. */
  public static Set<Digest> references(BlobInfo info) {
    Set<Digest> refs = new TreeSet<>();
    for (Map.Entry<String, String> label : info.labels().entrySet()) {
      if (label.getKey().startsWith(PREFIX)) {
        refs.add(Digest.parse(label.getValue()));
      }
    }
    return refs;
  }

  /** The label key for the {@code n}th reference of a blob with the given role (e.g. "l" for layers). */
  public static String key(String role, int n) {
    return PREFIX + "." + role + "." + n;
  }
}
