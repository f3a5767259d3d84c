package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The change rules over generated upper/lower trees. */
class OverlayChangesProperties {
  record Trees(LinkedHashMap<String, FileFacts> upper, Map<String, FileFacts> lower) {}

  @Property
  void whiteoutsAreDeletionsAndNewPathsAdditions(@ForAll("trees") Trees t) {
    List<Change> changes = OverlayChanges.of(t.upper(), rel -> Optional.ofNullable(t.lower().get(rel)));
    Map<String, ChangeKind> kinds = new HashMap<>();
    changes.forEach(c -> kinds.put(c.path(), c.kind()));
    t.upper().forEach((rel, f) -> {
      if (f.whiteout()) {
        assertThat(kinds.get("/" + rel)).isEqualTo(ChangeKind.DELETED);
      } else if (!t.lower().containsKey(rel)) {
        assertThat(kinds.get("/" + rel)).isEqualTo(ChangeKind.ADDED);
      } else if (!f.directory()) {
        assertThat(kinds.get("/" + rel)).isEqualTo(ChangeKind.MODIFIED);
      }
    });
  }

  @Property
  void eachPathOnceAndAParentBeforeItsChild(@ForAll("trees") Trees t) {
    List<Change> changes = OverlayChanges.of(t.upper(), rel -> Optional.ofNullable(t.lower().get(rel)));
    List<String> seen = new ArrayList<>();
    for (Change c : changes) {
      assertThat(seen).doesNotContain(c.path());
      String parent = OverlayChanges.parentOf(c.path());
      if (!parent.equals("/") && c.kind() != ChangeKind.MODIFIED) {
        assertThat(seen).as("parent of %s listed first", c.path()).contains(parent);
      }
      seen.add(c.path());
    }
  }

  @Provide
  Arbitrary<Trees> trees() {
    Arbitrary<List<String>> paths = Arbitraries.of("a", "b", "c").list().ofMinSize(1).ofMaxSize(3)
        .map(parts -> String.join("/", parts)).list().ofMaxSize(12);
    Arbitrary<Integer> seeds = Arbitraries.integers().between(0, 1000);
    return Combinators.combine(paths, seeds).as(OverlayChangesProperties::build);
  }

  /** Builds upper and lower trees (parents included) from paths; the seed picks kinds. */
  static Trees build(List<String> rawPaths, int seed) {
    TreeSet<String> all = new TreeSet<>();
    for (String p : rawPaths) {
      String cur = "";
      for (String part : p.split("/")) {
        cur = cur.isEmpty() ? part : cur + "/" + part;
        all.add(cur);
      }
    }
    java.util.Random random = new java.util.Random(seed);
    Map<String, FileFacts> lower = new HashMap<>();
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (String p : all) {
      boolean leaf = all.stream().noneMatch(o -> o.startsWith(p + "/"));
      FileFacts facts = leaf ? FileFacts.of(FileFacts.FileType.REGULAR, random.nextInt(3), 0644, t0) : FileFacts.of(FileFacts.FileType.DIRECTORY, 4096, 0755, t0);
      if (random.nextBoolean()) {
        lower.put(p, facts);
      }
      boolean parentInUpper = !p.contains("/") || upper.containsKey(p.substring(0, p.lastIndexOf('/')));
      if (parentInUpper && (random.nextInt(3) > 0 || !leaf)) {
        boolean whiteout = leaf && lower.containsKey(p) && random.nextInt(3) == 0;
        upper.put(p, whiteout ? new FileFacts(FileFacts.FileType.OTHER, 0, 0, t0, true, false)
            : leaf ? FileFacts.of(FileFacts.FileType.REGULAR, random.nextInt(3), 0644, t0.plusSeconds(1)) : FileFacts.of(FileFacts.FileType.DIRECTORY, 4096, 0755, t0.plusSeconds(random.nextInt(2))));
      }
    }
    return new Trees(upper, lower);
  }
}
