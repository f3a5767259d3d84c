package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@code --device-cgroup-rule}'s reading: every well-formed rule reads back as written, any other text is refused naming it. */
class DeviceCgroupRuleProperties {
  @Property
  void aWellFormedRuleReadsBackAsWritten(@ForAll("rules") DeviceCgroupRule rule) {
    String text = rule.type() + " " + number(rule.major()) + ":" + number(rule.minor()) + " " + rule.access();
    assertThat(DeviceCgroupRule.parse(text)).isEqualTo(rule);
    assertThat(DeviceCgroupRule.parse(text).toSpec().major()).isEqualTo(rule.major().orElse(null));
  }

  @Property
  void anyTextIsEitherARuleOrRefusedWithItsOwnWords(@ForAll @Chars({'a', 'b', 'c', 'x', ' ', ':', '*', '0', '1', '9', 'r', 'w', 'm'})
      @StringLength(max = 14) String text) {
    try {
      DeviceCgroupRule r = DeviceCgroupRule.parse(text);
      assertThat(text).startsWith(r.type() + " ").endsWith(" " + r.access());
      assertThat(r.access()).matches("[rwm]{1,3}");
    } catch (DrydockException.SystemError e) {
      assertThat(e.getMessage()).endsWith("format: '" + text + "'");
    }
  }

  @Property
  void textAroundAWellFormedRuleMakesItMalformed(@ForAll("rules") DeviceCgroupRule rule, @ForAll @AlphaChars @StringLength(min = 1, max = 3) String extra) {
    String text = rule.type() + " " + number(rule.major()) + ":" + number(rule.minor()) + " " + rule.access();
    assertThatThrownBy(() -> DeviceCgroupRule.parse(" " + text)).isInstanceOf(DrydockException.SystemError.class);
    assertThatThrownBy(() -> DeviceCgroupRule.parse(text + " " + extra)).isInstanceOf(DrydockException.SystemError.class);
    assertThatThrownBy(() -> DeviceCgroupRule.parse(extra + text)).isInstanceOf(DrydockException.SystemError.class);
  }

  @Provide
  Arbitrary<DeviceCgroupRule> rules() {
    Arbitrary<Optional<Long>> number = Arbitraries.longs().between(0, Long.MAX_VALUE).optional();
    Arbitrary<String> access = Arbitraries.of('r', 'w', 'm').list().ofMinSize(1).ofMaxSize(3)
        .map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    return Combinators.combine(Arbitraries.of('a', 'b', 'c'), number, number, access).as(DeviceCgroupRule::new);
  }

  private static String number(Optional<Long> n) {
    return n.map(String::valueOf).orElse("*");
  }
}
