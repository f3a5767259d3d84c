package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.DeviceAccessRule;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.testing.IsolationRule;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * After a deny-all first rule, a device is usable exactly when a later rule allows it (the last
 * matching rule decides, as the kernel applies them in order), and the default devices always are.
 */
class DeviceCgroupRulesProperties {
  private static final List<long[]> DEFAULT_DEVICES = List.of(new long[] {1, 3}, new long[] {1, 5}, new long[] {1, 7},
      new long[] {1, 8}, new long[] {1, 9}, new long[] {5, 0}, new long[] {5, 2}, new long[] {136, 4});

  @Provide
  Arbitrary<List<DeviceRule>> configRules() {
    Arbitrary<DeviceRule> rule = Combinators.combine(Arbitraries.of(true, false), Arbitraries.longs().between(240, 243),
        Arbitraries.longs().between(0, 3).injectNull(0.2)).as((allow, major, minor) ->
        new DeviceRule(allow, "c", major, minor, "rwm", null));
    return rule.list().ofMaxSize(8).map(rest -> {
      List<DeviceRule> all = new ArrayList<>();
      all.add(new DeviceRule(false, "a", null, null, "rwm", null));
      all.addAll(rest);
      return all;
    });
  }

  /** Whether the rules, applied in order, leave read access to char device major:minor. */
  private static boolean readable(List<DeviceAccessRule> rules, long major, long minor) {
    boolean allowed = true;
    for (DeviceAccessRule r : rules) {
      boolean matches = r.type() == 'a' || r.type() == 'c' && (r.major() == DeviceAccessRule.ANY || r.major() == major)
          && (r.minor() == DeviceAccessRule.ANY || r.minor() == minor);
      if (matches && r.access().contains("r")) {
        allowed = r.allow();
      }
    }
    return allowed;
  }

  @Property(tries = 300)
  @IsolationRule("ISO-DEV-CGROUP")
  void aDeviceIsUsableExactlyWhenTheLastMatchingConfigRuleAllowsItAndDefaultsAlwaysAre(
      @ForAll("configRules") List<DeviceRule> config, @ForAll("major") long major, @ForAll("minor") long minor) {
    List<DeviceAccessRule> rules = DeviceCgroupRules.of(config, List.of(), "linux.resources.devices");
    boolean expected = false;
    for (DeviceRule r : config) {
      boolean matches = r.type().equals("a") || r.major() == major && (r.minor() == null || r.minor() == minor);
      if (matches) {
        expected = r.allow();
      }
    }
    assertThat(readable(rules, major, minor)).isEqualTo(expected);
    for (long[] d : DEFAULT_DEVICES) {
      assertThat(readable(rules, d[0], d[1])).as("%d:%d", d[0], d[1]).isTrue();
    }
  }

  @Provide
  Arbitrary<Long> major() {
    return Arbitraries.longs().between(240, 243);
  }

  @Provide
  Arbitrary<Long> minor() {
    return Arbitraries.longs().between(0, 3);
  }
}
