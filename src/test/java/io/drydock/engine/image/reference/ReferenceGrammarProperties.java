package io.drydock.engine.image.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The iterative scanners accept exactly what distribution's regular expressions accept, and
 * split a reference into the same name, tag and digest. Inputs are short and drawn from the
 * characters that matter, where the backtracking regex is still fast.
 */
class ReferenceGrammarProperties {

  @Property(tries = 5000)
  void scannerAgreesWithTheRegex(@ForAll("candidates") String s) {
    Matcher m = ReferenceRegexOracle.REFERENCE.matcher(s);
    ImageRef.Parts parts = ImageRef.Parts.of(s);
    assertThat(parts != null).as("accepts %s", s).isEqualTo(m.matches());
    if (parts != null) {
      assertThat(parts.name()).isEqualTo(m.group(1));
      assertThat(parts.tag()).isEqualTo(m.group(2));
      assertThat(parts.digest()).isEqualTo(m.group(3));
    }
  }

  @Property(tries = 3000)
  void componentScannersAgree(@ForAll("pieces") String s) {
    assertThat(ReferenceGrammar.isPath(s))
        .isEqualTo(ReferenceRegexOracle.PATH.matcher(s).matches());
    assertThat(ReferenceGrammar.isDomain(s))
        .isEqualTo(ReferenceRegexOracle.DOMAIN_ONLY.matcher(s).matches());
    assertThat(ReferenceGrammar.isTag(s))
        .isEqualTo(ReferenceRegexOracle.TAG_ONLY.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.strings().withChars("ab0Z.-_:/9").ofMaxLength(14);
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("ab0Z.-_:/@9 ").ofMaxLength(16);
    Arbitrary<String> withDigest = Arbitraries.strings().withChars("ab0Z.-_:/9").ofMaxLength(12)
        .flatMap(p -> Arbitraries.of("sha256:", "a-b+c:", "A:", "1x:", "s:")
            .flatMap(alg -> Arbitraries.strings().withChars("0aF9g").ofMinLength(30).ofMaxLength(34)
                .map(hex -> p + "@" + alg + hex)));
    return Arbitraries.oneOf(noise, withDigest);
  }
}
