package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Tar safety: every generated hostile layer (absolute names, {@code ..} runs, symlinks to the
 * outside and chains of them, hardlinks out, files written through a symlink just created) is
 * refused or confined. Nothing outside the target changes (the whole temp area is compared before
 * and after), no outside file gains a hardlink. In overlay mode a refused unpack leaves no target;
 * in apply mode the target already holds a lower layer with symlinks pointing out (to the outside
 * directory and to ../..), which later entries must not write through; a layer refused in the
 * writing pass (hardlink to a missing file, symlink loop) may leave it half-applied, which is why
 * {@code LayerApplier} removes the whole active snapshot then.
 */
class TarSafetyProperties {
  private static final String[] FRAGMENTS = {"a", "b", "..", ".", "", "outside", "victim", "l"};

  /** One generated entry: kind 0 file, 1 dir, 2 symlink, 3 hardlink; name and link as fragment picks. */
  record Spec(int kind, List<Integer> name, boolean absolute, int link, int below) {}

  @Provide
  Arbitrary<List<Spec>> layers() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, FRAGMENTS.length - 1).list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 15))
            .as(Spec::new);
    return spec.list().ofMinSize(1).ofMaxSize(8);
  }

  private static String name(Spec s) {
    List<String> parts = new ArrayList<>();
    s.name().forEach(i -> parts.add(FRAGMENTS[i]));
    return (s.absolute() ? "/" : "") + String.join("/", parts);
  }

  /** Names of a layer; an entry often goes below an earlier one, so writes through links happen. */
  private static List<String> names(List<Spec> specs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      int earlier = s.below() / 2;
      boolean below = s.below() % 2 == 0 && earlier < i;
      out.add(below ? out.get(earlier) + "/" + name(s) : name(s));
    }
    return out;
  }

  private static String link(Spec s, Path outside) {
    String[] targets = {
      outside.toString(), outside.resolve("victim").toString(), "..", "../..", "../outside", "../../outside/victim",
      "/", "/outside", ".", "a/../..", "l", "l/..", "../" + outside.getFileName(), "victim"
    };
    return targets[s.link() % targets.length];
  }

  @Property(tries = 400)
  void hostileLayersAreRefusedOrConfined(@ForAll("layers") List<Spec> specs, @ForAll boolean applyMode) throws IOException {
    Path work = Files.createTempDirectory("tar-safety");
    try {
      Path outside = Files.createDirectory(work.resolve("outside"));
      Files.writeString(outside.resolve("victim"), "untouched");
      Path area = Files.createDirectory(work.resolve("area"));
      Path target = area.resolve("target");
      TestTars tar = new TestTars();
      List<String> names = names(specs);
      for (int i = 0; i < specs.size(); i++) {
        Spec s = specs.get(i);
        String name = names.get(i);
        switch (s.kind()) {
          case 0 -> tar.file(name, "pwned");
          case 1 -> tar.dir(name);
          case 2 -> tar.symlink(name, link(s, outside));
          default -> tar.hardlink(name, link(s, outside));
        }
      }
      Path layer = tar.write(work.resolve("layer.tar"));
      if (applyMode) {
        Files.createDirectories(target.resolve("a"));
        Files.createSymbolicLink(target.resolve("l"), outside);
        Files.createSymbolicLink(target.resolve("b"), Path.of("../.."));
      }
      Map<String, String> before = describe(work);
      UnpackOptions options = applyMode ? UnpackOptions.apply() : UnpackOptions.overlay();

      boolean refused = false;
      try {
        new LayerUnpacker(options.withOwnership(false)).unpack(layer, target);
      } catch (DrydockException.InvalidArgument e) {
        refused = true;
        assertThat(e.getMessage()).startsWith("refusing layer entry \"");
      } catch (UncheckedIOException e) {
        fail("unclear error for layer %s: %s", specs, e.getMessage());
      }

      Map<String, String> after = describe(work);
      if (!refused || applyMode) {
        after.keySet().removeIf(k -> k.equals("area/target") || k.startsWith("area/target/"));
        before.keySet().removeIf(k -> k.equals("area/target") || k.startsWith("area/target/"));
      }
      assertThat(after).as("everything outside the target, layer %s", specs).isEqualTo(before);
      assertThat(Files.getAttribute(outside.resolve("victim"), "unix:nlink")).isEqualTo(1);
      if (refused && !applyMode) {
        assertThat(target).doesNotExist();
      }
      Statistics.collect(applyMode ? "apply" : "overlay", refused ? "refused" : "confined");
    } finally {
      TreeRemover.delete(work);
    }
  }

  @Property
  void acceptedNamesAreCleanAndRelative(@ForAll("layers") List<Spec> specs) {
    for (Spec s : specs) {
      EntryVerdict v = TarEntryPolicy.check(new EntryHeader(name(s), EntryKind.FILE, ""), false, WhiteoutMode.OVERLAY);
      if (v instanceof EntryVerdict.Write w) {
        assertThat(w.path()).doesNotStartWith("/").isNotEmpty();
        assertThat(List.of(w.path().split("/"))).doesNotContain("..", ".", "");
      } else if (v instanceof EntryVerdict.Refuse r) {
        boolean climbsOrNamesTheRoot = PathNames.clean(name(s)).map(String::isEmpty).orElse(true);
        assertThat(climbsOrNamesTheRoot).as(r.reason()).isTrue();
      }
    }
  }

  @Property
  void scopedResolutionNeverLeavesTheRoot(@ForAll("layers") List<Spec> specs) {
    Map<String, String> links = new HashMap<>();
    for (Spec s : specs) {
      PathNames.clean(name(s)).filter(p -> !p.isEmpty()).ifPresent(p -> links.put(p, link(s, Path.of("/tmp/x"))));
    }
    for (String start : links.keySet()) {
      try {
        String resolved = ScopedPaths.resolveDirectory(start, p -> Optional.ofNullable(links.get(p)), start);
        assertThat(resolved).doesNotStartWith("/");
        assertThat(List.of(resolved.split("/"))).doesNotContain("..", ".");
      } catch (DrydockException.InvalidArgument e) {
        assertThat(e.getMessage()).contains("too many levels of symbolic links");
      }
    }
  }

  /** Every path under {@code root} with its type, content or link target, mode and mtime. */
  private static Map<String, String> describe(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = root.relativize(p).toString();
        Map<String, Object> attrs = Files.readAttributes(p, "unix:mode,nlink,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
        String what = Files.isSymbolicLink(p) ? "link:" + Files.readSymbolicLink(p)
            : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? "file:" + Files.readString(p).hashCode() : "dir";
        boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        out.put(rel, what + " " + attrs.get("mode") + (dir ? "" : " " + attrs.get("nlink") + " " + attrs.get("lastModifiedTime")));
      }
    }
    return out;
  }
}
