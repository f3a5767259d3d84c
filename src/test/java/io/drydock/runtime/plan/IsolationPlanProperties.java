package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.Root;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.IsolationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The decisions behind the isolation rules that PlanCompilerProperties does not cover (spec/isolation.md). */
class IsolationPlanProperties {
  private static LaunchPlan compile(Spec s) {
    return PlanCompiler.compile(s, SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs());
  }

  private static Spec withProcess(boolean nnp, String cwd, List<Rlimit> rlimits) {
    Spec s = SpecFixtures.spec();
    Process p = s.process();
    return SpecFixtures.withProcess(s, new Process(false, null, p.user(), p.args(), null, p.env(), cwd,
        p.capabilities(), rlimits, nnp, null, null, null, null));
  }

  @Property(tries = 50)
  @IsolationRule("ISO-NNP")
  void noNewPrivilegesIsSetExactlyWhenAsked(@ForAll boolean asked) {
    List<Step> steps = compile(withProcess(asked, "/", List.of())).steps();
    assertThat(steps.stream().filter(s -> s instanceof Step.NoNewPrivileges).count()).isEqualTo(asked ? 1 : 0);
    if (asked) {
      assertThat(steps.indexOf(new Step.NoNewPrivileges())).isLessThan(indexOf(steps, Step.Exec.class));
    }
  }

  @Property(tries = 100)
  @IsolationRule("ISO-FD-LEAK")
  @IsolationRule("ISO-CWD-INSIDE")
  void fdsAreClosedAndTheCwdIsEnteredAfterPivotRightBeforeExec(@ForAll("cwds") String cwd, @ForAll boolean nnp) {
    List<Step> steps = compile(withProcess(nnp, cwd, List.of())).withSeccompFilter(new byte[8]).steps();
    int close = indexOf(steps, Step.CloseFds.class);
    int chdir = steps.indexOf(new Step.Chdir(cwd));
    int exec = indexOf(steps, Step.Exec.class);
    assertThat(close).isGreaterThan(indexOf(steps, Step.PivotRoot.class));
    assertThat(chdir).isEqualTo(close + 1);
    assertThat(exec).isEqualTo(steps.size() - 1);
    assertThat(steps.subList(chdir + 1, exec)).allMatch(s -> s instanceof Step.Seccomp);
  }

  @Property(tries = 100)
  @IsolationRule("ISO-ROOTFS-PIVOT")
  void everyMountHappensInsideTheBoundRootfsBeforePivotRoot(@ForAll("mountSubsets") List<Mount> mounts) {
    List<Step> steps = compile(SpecFixtures.withMounts(SpecFixtures.spec(), mounts)).steps();
    int bind = steps.indexOf(new Step.BindRootfs(SpecFixtures.ROOTFS));
    int pivot = indexOf(steps, Step.PivotRoot.class);
    assertThat(bind).isNotNegative().isLessThan(pivot);
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof Step.Mount || steps.get(i) instanceof Step.MakeDevice) {
        assertThat(i).isBetween(bind, pivot);
      }
    }
    assertThat(pivot).isLessThan(indexOf(steps, Step.Exec.class));
  }

  @Property(tries = 50)
  @IsolationRule("ISO-ROOTFS-RO")
  void theRootIsRemountedReadonlyExactlyWhenAsked(@ForAll boolean readonly) {
    Spec s = SpecFixtures.spec();
    Spec asked = new Spec(s.ociVersion(), s.process(), new Root(s.root().path(), readonly, null), s.hostname(), null,
        s.mounts(), null, null, s.linux(), null);
    List<Step> steps = compile(asked).steps();
    assertThat(steps.contains(new Step.RemountRootReadonly())).isEqualTo(readonly);
    if (readonly) {
      assertThat(steps.indexOf(new Step.RemountRootReadonly())).isGreaterThan(indexOf(steps, Step.PivotRoot.class));
    }
  }

  @Property(tries = 100)
  @IsolationRule("ISO-SYSFS-RO")
  void aReadonlySysfsIsMountedReadonlyWhateverTheOtherOptions(@ForAll("sysOptions") List<String> options) {
    List<String> withRo = new ArrayList<>(options);
    withRo.add("ro");
    List<Mount> mounts = new ArrayList<>(SpecFixtures.spec().mounts());
    mounts.removeIf(m -> m.destination().equals("/sys"));
    mounts.add(new Mount("/sys", "sysfs", "sysfs", withRo, null, null, null));
    Step.Mount sys = compile(SpecFixtures.withMounts(SpecFixtures.spec(), mounts)).steps().stream()
        .filter(s -> s instanceof Step.Mount m && m.destination().equals("/sys")).map(s -> (Step.Mount) s)
        .findFirst().orElseThrow();
    assertThat(sys.flags() & LinuxAbi.MS_RDONLY).isEqualTo(LinuxAbi.MS_RDONLY);
    assertThat(sys.type()).isEqualTo("sysfs");
  }

  @Property(tries = 100)
  @IsolationRule("ISO-DEV-MINIMAL")
  void devHoldsExactlyTheDefaultNodesAndTheConfigsDevices(@ForAll("devices") @Size(max = 3) Set<String> extra) {
    Spec s = SpecFixtures.spec();
    List<Device> devices = extra.stream().map(n -> new Device("c", "/dev/" + n, 10L, 200L, null, null, null, null)).toList();
    Linux l = s.linux();
    Linux withDevices = new Linux(l.namespaces(), null, null, null, devices, null, null, null, null, null,
        l.maskedPaths(), l.readonlyPaths(), null, null, null, null);
    Set<String> nodes = compile(SpecFixtures.withLinux(s, withDevices)).steps().stream()
        .filter(x -> x instanceof Step.MakeDevice).map(x -> ((Step.MakeDevice) x).path()).collect(Collectors.toSet());
    Set<String> expected = new java.util.TreeSet<>(Set.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random",
        "/dev/urandom", "/dev/tty"));
    extra.forEach(n -> expected.add("/dev/" + n));
    assertThat(nodes).isEqualTo(expected);
  }

  @Property(tries = 200)
  @IsolationRule("ISO-RLIMIT-CLAMP")
  void anRlimitAboveTheHostsHardLimitIsRefusedAndAnyOtherKept(@ForAll @LongRange(min = 1, max = 40_000) long hard,
      @ForAll @LongRange(min = 0, max = 40_000) long soft) {
    long s = Math.min(soft, hard);
    Spec spec = withProcess(true, "/", List.of(new Rlimit("RLIMIT_NOFILE", hard, s, null)));
    long hostHard = SpecFixtures.HOST.hardLimits().get("RLIMIT_NOFILE");
    if (hard > hostHard) {
      assertThatThrownBy(() -> compile(spec)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageContaining("ask for at most " + hostHard);
    } else {
      assertThat(compile(spec).rlimits()).containsExactly(new Step.SetRlimit(LinuxAbi.rlimit("RLIMIT_NOFILE"), s, hard));
    }
  }

  @Property(tries = 100)
  @IsolationRule("ISO-USERNS-MAP")
  void idMapsAreTheConfigsWrittenRightAfterCloneAndNeedANewUserNamespace(@ForAll @LongRange(min = 1, max = 4_000_000) long host,
      @ForAll @LongRange(min = 1, max = 65536) long size, @ForAll boolean newUserns) {
    Spec s = SpecFixtures.spec();
    List<io.drydock.runtime.spec.IdMapping> map = List.of(new io.drydock.runtime.spec.IdMapping(0L, host, size, null));
    List<io.drydock.runtime.spec.Namespace> ns = new ArrayList<>(s.linux().namespaces());
    if (newUserns) {
      ns.add(new io.drydock.runtime.spec.Namespace("user", null, null));
    }
    Linux l = s.linux();
    Spec mapped = SpecFixtures.withLinux(s, new Linux(ns, map, map, null, null, null, null, null, null, null,
        l.maskedPaths(), l.readonlyPaths(), null, null, null, null));
    if (!newUserns) {
      assertThatThrownBy(() -> compile(mapped)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageContaining("id mappings need a new user namespace");
      return;
    }
    List<Step> steps = compile(mapped).steps();
    int clone = indexOf(steps, Step.Clone.class);
    String text = "0 " + host + " " + size + "\n";
    assertThat(steps.get(clone + 1)).isEqualTo(new Step.UidMap(text));
    assertThat(steps.get(clone + 2)).isEqualTo(new Step.GidMap(text));
    assertThat(((Step.Clone) steps.get(clone)).flags() & LinuxAbi.CLONE_NEWUSER).isEqualTo(LinuxAbi.CLONE_NEWUSER);
  }

  private static int indexOf(List<Step> steps, Class<? extends Step> kind) {
    for (int i = 0; i < steps.size(); i++) {
      if (kind.isInstance(steps.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Provide
  Arbitrary<String> cwds() {
    return Arbitraries.strings().withChars("abc.").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(3)
        .map(parts -> "/" + String.join("/", parts));
  }

  @Provide
  Arbitrary<List<Mount>> mountSubsets() {
    return Arbitraries.subsetOf(SpecFixtures.spec().mounts()).map(set -> SpecFixtures.spec().mounts().stream()
        .filter(set::contains).toList());
  }

  @Provide
  Arbitrary<List<String>> sysOptions() {
    return Arbitraries.subsetOf("nosuid", "noexec", "nodev", "relatime", "rw").map(List::copyOf);
  }

  @Provide
  Arbitrary<Set<String>> devices() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(6)
        .filter(n -> !Set.of("null", "zero", "full", "random", "urandom", "tty", "pts", "shm", "mqueue", "fd", "stdin",
            "stdout", "stderr", "ptmx").contains(n))
        .set().ofMaxSize(3);
  }
}
