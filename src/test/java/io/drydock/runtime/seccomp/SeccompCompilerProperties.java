package io.drydock.runtime.seccomp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The compiled program means what the profile says: for generated profiles and generated
 * {@code seccomp_data}, the interpreter's verdict on the program equals {@link ReferenceSeccomp}.
 */
class SeccompCompilerProperties {
  private static final List<Arch> TABLE_ARCHES = List.of(Arch.X86_64, Arch.X86, Arch.X32, Arch.AARCH64);
  private static final List<String> NAMES = allNames();

  private static List<String> allNames() {
    Set<String> names = new java.util.TreeSet<>();
    TABLE_ARCHES.forEach(arch -> names.addAll(SyscallTable.of(arch).entries().keySet()));
    return List.copyOf(names);
  }

  @Property(tries = 400)
  void programAgreesWithReference(@ForAll("cases") Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>> c) {
    BpfProgram program = SeccompCompiler.compile(c.get1(), c.get2());
    for (SeccompData data : c.get3()) {
      ReferenceSeccomp.Verdict expected = ReferenceSeccomp.explain(c.get1(), c.get2(), data);
      Statistics.collect(expected.outcome());
      assertThat(BpfInterpreter.run(program, data)).as("%s", data).isEqualTo(expected.value());
    }
    Statistics.coverage(coverage -> {
      for (ReferenceSeccomp.Outcome outcome : ReferenceSeccomp.Outcome.values()) {
        coverage.check(outcome).percentage(p -> p >= 3.0);
      }
    });
  }

  @Property(tries = 30)
  void longProgramsNeedTrampolinesAndStayCorrect(@ForAll("bigCases") Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>> c) {
    BpfProgram program = SeccompCompiler.compile(c.get1(), c.get2());
    assertJumpsInBounds(program);
    for (SeccompData data : c.get3()) {
      assertThat(BpfInterpreter.run(program, data))
          .as("%s", data)
          .isEqualTo(ReferenceSeccomp.evaluate(c.get1(), c.get2(), data));
    }
  }

  @Property(tries = 100)
  void compileIsDeterministicAndJumpsStayInBounds(@ForAll("cases") Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>> c) {
    BpfProgram first = SeccompCompiler.compile(c.get1(), c.get2());
    BpfProgram second = SeccompCompiler.compile(c.get1(), c.get2());
    assertThat(second.bytes()).isEqualTo(first.bytes());
    assertJumpsInBounds(first);
  }

  @Property(tries = 60)
  void dockerDefaultFitsAndAgreesWithReference(
      @ForAll("capabilitySets") Set<String> caps, @ForAll("nativeArches") Arch arch, @ForAll("data") List<SeccompData> data) {
    SeccompProfile profile = DefaultProfiles.docker(caps, arch);
    BpfProgram program = SeccompCompiler.compile(profile, arch);
    assertThat(program.size()).isLessThanOrEqualTo(BpfProgram.MAX_INSTRUCTIONS);
    assertJumpsInBounds(program);
    for (SeccompData d : data) {
      assertThat(BpfInterpreter.run(program, d)).as("%s", d).isEqualTo(ReferenceSeccomp.evaluate(profile, arch, d));
    }
  }

  static void assertJumpsInBounds(BpfProgram program) {
    List<BpfInstruction> insns = program.instructions();
    for (int i = 0; i < insns.size(); i++) {
      BpfInstruction insn = insns.get(i);
      if (insn.code() == BpfInstruction.JA) {
        assertThat(i + 1 + (long) insn.k()).as("JA at %d", i).isLessThan(insns.size());
      } else if (insn.isConditionalJump()) {
        assertThat(i + 1 + Math.max(insn.jt(), insn.jf())).as("jump at %d", i).isLessThan(insns.size());
      }
    }
    assertThat(insns.get(insns.size() - 1).code()).isEqualTo(BpfInstruction.RET_K);
  }

  @Provide
  Arbitrary<Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>>> cases() {
    return withData(profiles(0, 25, 3));
  }

  @Provide
  Arbitrary<Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>>> bigCases() {
    return withData(bigProfiles());
  }

  private Arbitrary<Tuple.Tuple3<SeccompProfile, Arch, List<SeccompData>>> withData(Arbitrary<SeccompProfile> profiles) {
    return Combinators.combine(profiles, nativeArches()).flatAs((profile, arch) ->
        dataFor(profile, arch).list().ofMinSize(20).ofMaxSize(60).map(data -> Tuple.of(profile, arch, data)));
  }

  @Provide
  Arbitrary<Arch> nativeArches() {
    return Arbitraries.of(Arch.X86_64, Arch.AARCH64, Arch.X86);
  }

  @Provide
  Arbitrary<Set<String>> capabilitySets() {
    return Arbitraries.of("CAP_SYS_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_BOOT", "CAP_SYS_MODULE", "CAP_SYS_TIME",
        "CAP_SYS_NICE", "CAP_SYSLOG", "CAP_BPF", "CAP_PERFMON", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_CHOWN")
        .set();
  }

  @Provide
  Arbitrary<List<SeccompData>> data() {
    Arbitrary<String> names = Arbitraries.of(NAMES);
    Arbitrary<Integer> nr = Arbitraries.oneOf(
        Combinators.combine(names, Arbitraries.of(TABLE_ARCHES)).as((n, a) -> SyscallTable.of(a).number(n).orElse(0)),
        Arbitraries.integers().between(-2, 600));
    return Combinators.combine(nr, audits(), args()).as((n, audit, args) -> new SeccompData(n, audit, 0, args))
        .list().ofMinSize(50).ofMaxSize(100);
  }

  private static Arbitrary<SeccompProfile> profiles(int minRules, int maxRules, int maxArgs) {
    Arbitrary<SeccompAction> defaults = actions();
    Arbitrary<List<Arch>> arches = Arbitraries.of(Arch.X86_64, Arch.X86, Arch.X32, Arch.AARCH64, Arch.ARM, Arch.S390X)
        .list().uniqueElements().ofMaxSize(4);
    Arbitrary<List<SyscallRule>> rules = rules(maxArgs).list().ofMinSize(minRules).ofMaxSize(maxRules);
    return Combinators.combine(defaults, errnos(), arches, rules).as((action, errno, archList, ruleList) ->
        new SeccompProfile(action, action.takesErrno() ? errno : OptionalInt.empty(), archList, Set.of(), ruleList));
  }

  /** Hundreds of rules: many distinct syscalls plus long chains of conditional rules on a few. */
  private static Arbitrary<SeccompProfile> bigProfiles() {
    Arbitrary<SyscallRule> plain = Combinators.combine(Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(3), actions())
        .as((names, action) -> new SyscallRule(names, action, OptionalInt.empty(), List.of()));
    Arbitrary<SyscallRule> conditional = Combinators.combine(
            Arbitraries.of("read", "clone", "personality", "socket").list().ofSize(1), actions(), conditions())
        .as((names, action, c) -> new SyscallRule(names, action, OptionalInt.empty(), List.of(c)));
    Arbitrary<List<SyscallRule>> rules = Arbitraries.frequencyOf(Tuple.of(7, plain), Tuple.of(3, conditional))
        .list().ofMinSize(200).ofMaxSize(300);
    Arbitrary<List<Arch>> arches = Arbitraries.of(Arch.X86_64, Arch.X86, Arch.AARCH64).list().uniqueElements().ofMaxSize(1);
    return Combinators.combine(actions(), arches, rules)
        .as((action, archList, ruleList) -> new SeccompProfile(action, OptionalInt.empty(), archList, Set.of(), ruleList));
  }

  private static Arbitrary<OptionalInt> errnos() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(OptionalInt.empty())),
        Tuple.of(7, Arbitraries.integers().between(0, 0xffff).map(OptionalInt::of)));
  }

  private static Arbitrary<SeccompAction> actions() {
    return Arbitraries.of(SeccompAction.values()).filter(a -> a != SeccompAction.SCMP_ACT_NOTIFY);
  }

  /** Rules over a small pool of names per profile run, so chains of several rules per syscall occur. */
  private static Arbitrary<SyscallRule> rules(int maxArgs) {
    Arbitrary<List<String>> names = Arbitraries.oneOf(
        Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(5),
        Arbitraries.of("read", "write", "open", "openat", "clone", "personality", "socket", "mmap", "rt_sigreturn")
            .list().ofMinSize(1).ofMaxSize(3));
    Arbitrary<List<ArgCondition>> args = conditions().list().ofMaxSize(maxArgs);
    return Combinators.combine(names, actions(), errnos(), args)
        .as((n, action, errno, a) -> new SyscallRule(n, action, action.takesErrno() ? errno : OptionalInt.empty(), a));
  }

  private static Arbitrary<ArgCondition> conditions() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), values(), values(), Arbitraries.of(ArgOp.values()))
        .as(ArgCondition::new);
  }

  /** 64-bit values built from edge-case words, so high and low words are equal to each other often. */
  private static Arbitrary<Long> values() {
    Arbitrary<Integer> words = Arbitraries.oneOf(
        Arbitraries.of(0, 1, 2, 8, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff, 0x7e02_0000),
        Arbitraries.integers());
    return Combinators.combine(words, words).as((hi, lo) -> ((long) hi << 32) | Integer.toUnsignedLong(lo));
  }

  private static Arbitrary<long[]> args() {
    return values().list().ofSize(6).map(list -> list.stream().mapToLong(Long::longValue).toArray());
  }

  private static Arbitrary<Integer> audits() {
    return Arbitraries.oneOf(
        Arbitraries.of(Arch.X86_64, Arch.X86, Arch.AARCH64, Arch.ARM, Arch.S390X).map(Arch::auditArch),
        Arbitraries.integers());
  }

  /** seccomp_data mostly about the syscalls the profile names, on the arches it could be about. */
  private static Arbitrary<SeccompData> dataFor(SeccompProfile profile, Arch nativeArch) {
    List<Arch> covered = List.copyOf(SeccompCompiler.coveredArches(profile, nativeArch));
    List<String> named = new ArrayList<>();
    profile.syscalls().forEach(rule -> named.addAll(rule.names()));
    named.add("read");
    Arbitrary<Tuple.Tuple2<Integer, Integer>> auditAndNr = Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(Arbitraries.of(named), Arbitraries.of(covered))
            .as((n, a) -> Tuple.of(a.auditArch(), SyscallTable.of(a).number(n).orElse(0)))),
        Tuple.of(2, Combinators.combine(Arbitraries.of(named), Arbitraries.of(TABLE_ARCHES))
            .as((n, a) -> Tuple.of(a.auditArch(), SyscallTable.of(a).number(n).orElse(0)))),
        Tuple.of(1, Combinators.combine(audits(),
            Arbitraries.of(-1, Arch.X32_SYSCALL_BIT, Arch.X32_SYSCALL_BIT - 1, 0x7fff_ffff)).as(Tuple::of)),
        Tuple.of(1, Combinators.combine(audits(), Arbitraries.integers()).as(Tuple::of)));
    Arbitrary<long[]> args = Arbitraries.oneOf(args(), conditionHits(profile));
    return Combinators.combine(auditAndNr, args).as((an, a) -> new SeccompData(an.get2(), an.get1(), 0, a));
  }

  /** Arguments equal (or next) to the profile's own values, so conditions hold often. */
  private static Arbitrary<long[]> conditionHits(SeccompProfile profile) {
    List<Long> pool = new ArrayList<>(List.of(0L, -1L));
    for (SyscallRule rule : profile.syscalls()) {
      for (ArgCondition c : rule.args()) {
        pool.addAll(List.of(c.value(), c.value() + 1, c.value() - 1, c.valueTwo(), c.valueTwo() | ~c.value()));
      }
    }
    return Arbitraries.of(pool).list().ofSize(6).map(list -> list.stream().mapToLong(Long::longValue).toArray());
  }
}
