package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The docker CLI's device mode rule: a mode is valid exactly when it is non-empty and each of its letters is a distinct one of r, w, m. */
class DeviceModeProperties {
  @Property
  void aModeIsValidExactlyWhenItsLettersAreDistinctOnesOfRwm(@ForAll @StringLength(max = 5) @Chars({'r', 'w', 'm', 'x', 'R'})
      @CharRange(from = 'a', to = 'c') String mode) {
    boolean expected = !mode.isEmpty() && mode.chars().allMatch(c -> "rwm".indexOf(c) >= 0) && mode.chars().distinct().count() == mode.length();
    assertThat(DeviceMapping.validMode(mode)).isEqualTo(expected);
  }
}
