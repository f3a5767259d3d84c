package io.drydock.engine.image.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Round trips and refusals of image references over generated inputs. */
class ImageRefProperties {

  @Property(tries = 500)
  void parsingTheCanonicalFormGivesTheSameReference(@ForAll("refs") ImageRef ref) {
    assertThat(ImageRef.parse(ref.toString())).isEqualTo(ref);
    assertThat(ImageRef.parseNamed(ref.repository().toString())).isEqualTo(ref.repository());
  }

  @Property(tries = 500)
  void familiarNameRoundTrips(@ForAll("refs") ImageRef ref) {
    // Docker's familiar form of docker.io/foo.bar/x reads back as registry foo.bar: ambiguous there.
    String first = ref.familiarRepository().split("/")[0];
    Assume.that(!ref.domain().equals(ImageRef.DEFAULT_DOMAIN)
        || !ref.familiarRepository().contains("/") || !ImageRef.looksLikeDomain(first));
    assertThat(ImageRef.parse(ref.familiarName())).isEqualTo(ref);
    if (ref.domain().equals(ImageRef.DEFAULT_DOMAIN)) {
      assertThat(ref.familiarName()).doesNotStartWith("docker.io/").doesNotStartWith("library/");
    }
  }

  @Property(tries = 500)
  void corruptedReferencesAreRefused(@ForAll("refs") ImageRef ref, @ForAll("corruptions")
      Corruption corruption) {
    String bad = corruption.apply(ref);
    assertThatThrownBy(() -> ImageRef.parse(bad))
        .as("%s", bad)
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Property(tries = 1000)
  void anyStringIsRefusedCleanlyOrParsesToAFixedPoint(
      @ForAll @StringLength(max = 80) String text) {
    ImageRef ref;
    try {
      ref = ImageRef.parse(text);
    } catch (DrydockException.InvalidArgument e) {
      return;
    }
    assertThat(ImageRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Property(tries = 50)
  void longHostileInputsAreRefusedQuickly(@ForAll("hostile") String text) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> ImageRef.parse(text)).isInstanceOf(DrydockException.class);
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  /** A way to break a valid reference that distribution must refuse. */
  interface Corruption {
    String apply(ImageRef ref);
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    return Arbitraries.of(
        r -> r.domain() + "/" + r.path().toUpperCase() + "X:t",
        r -> r.domain() + "/" + r.path() + "/",
        r -> r.domain() + "//" + r.path(),
        r -> r.domain() + "/" + r.path() + "-:t",
        r -> r.domain() + "/" + r.path() + " x",
        r -> r.domain() + "/" + r.path() + "!",
        r -> r.domain() + "/" + r.path() + ":.t",
        r -> r.domain() + "/" + r.path() + ":" + "t".repeat(129),
        r -> r.domain() + "/" + r.path() + "@sha256:" + "a".repeat(63),
        r -> r.domain() + "/" + r.path() + "@sha256:" + "g".repeat(64),
        r -> r.domain() + "/" + r.path() + ":t:u",
        r -> r.domain() + "/." + r.path(),
        r -> r.domain() + "/" + r.path() + "/" + "a".repeat(256));
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.integers().between(1_000, 20_000).flatMap(n -> Arbitraries.of(
        "a".repeat(n) + "!",
        "a-".repeat(n) + "!",
        "a.b".repeat(n) + "/!",
        "a/".repeat(n) + "A",
        "x." .repeat(n) + "x:1/" + "a".repeat(n) + "@"));
  }

  @Provide
  Arbitrary<ImageRef> refs() {
    Arbitrary<String> domain = Arbitraries.oneOf(
        Arbitraries.of("docker.io", "localhost", "localhost:5000", "127.0.0.1:5000",
            "registry.example.com", "example.com:443", "Reg.Example.org", "my-registry:5000"),
        Combinators.combine(domainComponent(), domainComponent(), Arbitraries.of("", ":5000"))
            .as((a, b, port) -> a + "." + b + port));
    Arbitrary<List<String>> path = pathComponent().list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Optional<String>> tag = tag().optional();
    Arbitrary<Optional<String>> digest = Arbitraries.strings().withChars("0123456789abcdef")
        .ofLength(64).map(h -> "sha256:" + h).optional(0.4);
    return Combinators.combine(domain, path, tag, digest).as((d, p, t, g) -> {
      String joined = String.join("/", p);
      if (d.equals(ImageRef.DEFAULT_DOMAIN) && p.size() == 1) {
        joined = "library/" + joined;
      }
      Optional<String> effectiveTag = t.isEmpty() && g.isEmpty() ? Optional.of("latest") : t;
      return new Object[] {d, joined, effectiveTag, g};
    }).filter(a -> ((String) a[0]).length() + ((String) a[1]).length() < 255)
        .map(a -> new ImageRef((String) a[0], (String) a[1], cast(a[2]), cast(a[3])));
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> cast(Object o) {
    return (Optional<String>) o;
  }

  private static Arbitrary<String> domainComponent() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
        .ofMinLength(1).ofMaxLength(10)
        .filter(s -> !s.startsWith("-") && !s.endsWith("-"));
  }

  private static Arbitrary<String> pathComponent() {
    Arbitrary<String> run = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> sep = Arbitraries.of(".", "_", "__", "-", "--", "---");
    return Combinators.combine(run, sep.list().ofMaxSize(2), run.list().ofSize(2))
        .as((first, seps, runs) -> {
          StringBuilder sb = new StringBuilder(first);
          for (int i = 0; i < seps.size(); i++) {
            sb.append(seps.get(i)).append(runs.get(i));
          }
          return sb.toString();
        });
  }

  private static Arbitrary<String> tag() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z')
        .range('A', 'Z').numeric().with('_');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .numeric().withChars('_', '.', '-').ofMaxLength(20);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }
}
