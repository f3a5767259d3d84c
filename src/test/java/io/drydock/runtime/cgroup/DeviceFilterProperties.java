package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.bpf.BpfInstruction;
import io.drydock.runtime.cgroup.bpf.BpfInterpreter;
import io.drydock.runtime.cgroup.bpf.DeviceFilterProgram;
import io.drydock.testing.IsolationRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cgroup v2 device program decides every request as the v1 devices controller does after the
 * same writes: the rules are replayed, compiled, encoded and run by a test interpreter, and compared
 * with {@link V1DeviceCgroupModel}, a transcription of the kernel's v1 code.
 */
class DeviceFilterProperties {
  private static final String[] ACCESS = {"r", "w", "m", "rw", "rm", "wm", "rwm", "mwr"};

  record Request(char type, long major, long minor, int access) {}

  @Property(tries = 2000)
  @IsolationRule("ISO-DEV-CGROUP")
  void theProgramDecidesAsTheV1Controller(@ForAll("rules") List<DeviceAccessRule> rules,
      @ForAll("requests") List<Request> requests) {
    byte[] program = BpfInstruction.encode(DeviceFilterProgram.compile(DeviceRuleReplay.filter(rules)));
    V1DeviceCgroupModel v1 = V1DeviceCgroupModel.after(rules);
    for (Request q : requests) {
      long answer = BpfInterpreter.run(program, q.type() == 'b' ? 1 : 2, q.access(), q.major(), q.minor());
      assertThat(answer).as("%s for rules %s", q, rules).isEqualTo(v1.allows(q.type(), q.major(), q.minor(), q.access()) ? 1 : 0);
    }
  }

  /**
   * For lists of the shape Docker and drydock build — deny everything, then allow rules for distinct
   * devices — the v1 meaning is "the last rule matching type, numbers and all requested access wins".
   */
  @Property(tries = 1000)
  void afterDenyAllWithDistinctAllowsTheLastMatchingRuleWins(@ForAll("allows") List<DeviceAccessRule> allows,
      @ForAll("requests") List<Request> requests) {
    List<DeviceAccessRule> rules = new ArrayList<>(List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm")));
    Set<List<Long>> seen = new HashSet<>();
    allows.stream().filter(r -> seen.add(List.of((long) r.type(), r.major(), r.minor()))).forEach(rules::add);
    byte[] program = BpfInstruction.encode(DeviceFilterProgram.compile(DeviceRuleReplay.filter(rules)));
    for (Request q : requests) {
      long answer = BpfInterpreter.run(program, q.type() == 'b' ? 1 : 2, q.access(), q.major(), q.minor());
      assertThat(answer).as("%s for rules %s", q, rules).isEqualTo(lastMatchWins(rules, q) ? 1 : 0);
    }
  }

  private static boolean lastMatchWins(List<DeviceAccessRule> rules, Request q) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      DeviceAccessRule r = rules.get(i);
      boolean device = r.type() == 'a' || (r.type() == q.type() && (r.major() == -1 || r.major() == q.major())
          && (r.minor() == -1 || r.minor() == q.minor()));
      int bits = (r.access().contains("m") ? 1 : 0) | (r.access().contains("r") ? 2 : 0) | (r.access().contains("w") ? 4 : 0);
      if (device && (q.access() & ~bits) == 0) {
        return r.allow();
      }
    }
    return false;
  }

  @Provide
  Arbitrary<List<DeviceAccessRule>> rules() {
    return rule(Arbitraries.of('a', 'c', 'b', 'c', 'b', 'c'), Arbitraries.of(true, false)).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<DeviceAccessRule>> allows() {
    return rule(Arbitraries.of('c', 'b'), Arbitraries.just(true)).list().ofMaxSize(12);
  }

  private static Arbitrary<DeviceAccessRule> rule(Arbitrary<Character> types, Arbitrary<Boolean> allow) {
    return Combinators.combine(allow, types, number(), number(), Arbitraries.of(ACCESS)).as(DeviceAccessRule::new);
  }

  private static Arbitrary<Long> number() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(-1L)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 3)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Integer.MAX_VALUE)));
  }

  @Provide
  Arbitrary<List<Request>> requests() {
    return Combinators.combine(Arbitraries.of('c', 'b'), Arbitraries.longs().between(0, 4),
        Arbitraries.longs().between(0, 4), Arbitraries.integers().between(1, 7)).as(Request::new).list().ofMinSize(1).ofMaxSize(20);
  }
}
