package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.NamespaceType;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.Spec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The compiler's isolation rules, for generated rootfs trees and configs. */
class PlanCompilerProperties {
  private static final List<String> NAMES = List.of("a", "b", "etc", "..", ".", "proc", "x");

  @Provide
  Arbitrary<String> relPath() {
    return Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("/", l));
  }

  @Provide
  Arbitrary<String> linkTarget() {
    return Arbitraries.oneOf(relPath(), relPath().map(p -> "/" + p), Arbitraries.of("/", "/etc", "..", "../../..", "/bundle"));
  }

  @Provide
  Arbitrary<List<String[]>> symlinks() {
    return Combinators.combine(relPath(), linkTarget()).as((p, t) -> new String[] {p, t}).list().ofMaxSize(6);
  }

  /** The rule of CVE-2021-30465: no destination, resolved the host's way, lands outside the rootfs. */
  @Property(tries = 300)
  void noMountDestinationResolvesOutsideTheRootfs(@ForAll("symlinks") List<String[]> links,
      @ForAll @Size(max = 5) List<@net.jqwik.api.From("relPath") String> destinations) {
    FakeFs fs = SpecFixtures.fs();
    for (String[] l : links) {
      String path = RootfsPaths.clean("/" + l[0]);
      if (!path.equals("/") && fs.kind(SpecFixtures.ROOTFS + path) == FsView.Kind.MISSING) {
        fs.link(SpecFixtures.ROOTFS + path, l[1]);
      }
    }
    List<Mount> mounts = new ArrayList<>(SpecFixtures.spec().mounts());
    for (String d : destinations) {
      mounts.add(new Mount("/" + d, "bind", "/srv/data", List.of("rbind", "ro"), null, null, null));
      mounts.add(new Mount("/" + d, "tmpfs", "tmpfs", null, null, null, null));
    }
    Spec spec = SpecFixtures.withMounts(SpecFixtures.spec(), mounts);
    LaunchPlan plan;
    try {
      plan = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, fs);
    } catch (DrydockException.InvalidArgument e) {
      assertThat(e).hasMessageContaining("too many levels of symbolic links").hasMessageStartingWith("config.json: ");
      return;
    }
    List<String> opaque = new ArrayList<>();
    for (Step s : plan.filesystem().orElseThrow().mounts()) {
      String dest = destination(s);
      assertThat(dest).startsWith("/").doesNotContain("/../").doesNotEndWith("/..").doesNotContain("/./");
      String landed = fs.hostResolve(SpecFixtures.ROOTFS + dest, opaque);
      assertThat(landed).as("%s -> %s with %s", dest, landed, opaque)
          .matches(p -> p.equals(SpecFixtures.ROOTFS) || p.startsWith(SpecFixtures.ROOTFS + "/"));
      if (s instanceof Step.Mount) {
        opaque.add(SpecFixtures.ROOTFS + (dest.equals("/") ? "" : dest));
      }
    }
  }

  private static String destination(Step s) {
    if (s instanceof Step.Mount m) {
      return m.destination();
    } else if (s instanceof Step.MakeDevice d) {
      return d.path();
    }
    return ((Step.Symlink) s).path();
  }

  @Provide
  Arbitrary<Set<Capability>> caps() {
    return Arbitraries.of(Capability.class).set().ofMaxSize(12);
  }

  @Property(tries = 300)
  void capabilitySetsAreNestedAsTheKernelRequires(@ForAll("caps") Set<Capability> bounding,
      @ForAll("caps") Set<Capability> effective, @ForAll("caps") Set<Capability> permitted,
      @ForAll("caps") Set<Capability> inheritable, @ForAll("caps") Set<Capability> ambient) {
    Spec base = SpecFixtures.spec();
    Capabilities caps = new Capabilities(names(bounding), names(effective), names(inheritable), names(permitted),
        names(ambient), null);
    Process p = SpecFixtures.process(base.process(), caps, base.process().rlimits(), base.process().args());
    CapabilitySets c = PlanCompiler.compile(SpecFixtures.withProcess(base, p), SpecFixtures.BUNDLE, SpecFixtures.HOST,
        SpecFixtures.fs()).capabilities();
    assertThat(SpecFixtures.HOST.bounding()).containsAll(c.bounding());
    assertThat(c.bounding()).containsAll(c.permitted());
    assertThat(c.permitted()).containsAll(c.effective());
    assertThat(c.bounding()).containsAll(c.inheritable());
    assertThat(c.permitted()).containsAll(c.ambient());
    assertThat(c.inheritable()).containsAll(c.ambient());
    assertThat(c.bounding()).isEqualTo(intersect(bounding, SpecFixtures.HOST.bounding()));
  }

  private static List<String> names(Set<Capability> caps) {
    return caps.stream().map(Enum::name).sorted().toList();
  }

  private static Set<Capability> intersect(Set<Capability> a, Set<Capability> b) {
    Set<Capability> r = a.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(a);
    r.retainAll(b);
    return r;
  }

  @Provide
  Arbitrary<List<String>> paths() {
    return relPath().map(p -> "/" + p).list().ofMaxSize(6);
  }

  @Property(tries = 200)
  void maskedAndReadonlyPathsAreAlwaysInThePlan(@ForAll("paths") List<String> masked, @ForAll("paths") List<String> readonly) {
    Spec base = SpecFixtures.spec();
    Spec spec = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(), base.linux().namespaces(), masked, readonly));
    List<Step> steps = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs()).steps();
    assertThat(steps).containsAll(masked.stream().map(Step.MaskPath::new).toList());
    assertThat(steps).containsAll(readonly.stream().map(Step.ReadonlyPath::new).toList());
    int pivot = steps.indexOf(new Step.PivotRoot());
    int exec = steps.size() - 1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof Step.MaskPath || steps.get(i) instanceof Step.ReadonlyPath) {
        assertThat(i).isBetween(pivot, exec);
      }
    }
  }

  @Provide
  Arbitrary<Set<NamespaceType>> namespaceTypes() {
    return Arbitraries.of(NamespaceType.PID, NamespaceType.NETWORK, NamespaceType.IPC, NamespaceType.UTS,
        NamespaceType.CGROUP).set();
  }

  @Property(tries = 100)
  void thePlansNamespacesAreExactlyThoseAskedFor(@ForAll("namespaceTypes") Set<NamespaceType> asked) {
    Set<NamespaceType> all = EnumSet.of(NamespaceType.MOUNT);
    all.addAll(asked);
    Spec base = SpecFixtures.spec();
    List<Namespace> ns = all.stream().map(t -> new Namespace(t.specName(), null, null)).toList();
    Spec spec = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(), ns, List.of(), List.of()));
    if (!all.contains(NamespaceType.UTS)) {
      spec = new Spec(spec.ociVersion(), spec.process(), spec.root(), null, null, spec.mounts(), null, null, spec.linux(), null);
    }
    LaunchPlan plan = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs());
    assertThat(plan.namespaces().stream().map(NamespaceRequest::type).collect(Collectors.toSet())).isEqualTo(all);
    long flags = plan.steps().stream().filter(s -> s instanceof Step.Clone).map(s -> ((Step.Clone) s).flags())
        .findFirst().orElseThrow();
    long expected = plan.namespaces().stream().filter(n -> n.type() != NamespaceType.CGROUP)
        .mapToLong(NamespaceRequest::cloneFlag).reduce(0, (x, y) -> x | y);
    assertThat(flags).isEqualTo(expected);
    assertThat(plan.steps().contains(new Step.Unshare(LinuxAbi.CLONE_NEWCGROUP))).isEqualTo(all.contains(NamespaceType.CGROUP));
  }

  @Property(tries = 100)
  void compilingIsDeterministic(@ForAll("symlinks") List<String[]> links, @ForAll("paths") List<String> masked) {
    FakeFs fs = SpecFixtures.fs();
    for (String[] l : links) {
      String path = RootfsPaths.clean("/" + l[0]);
      if (!path.equals("/") && fs.kind(SpecFixtures.ROOTFS + path) == FsView.Kind.MISSING) {
        fs.link(SpecFixtures.ROOTFS + path, l[1]);
      }
    }
    Spec base = SpecFixtures.spec();
    Spec spec = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(), base.linux().namespaces(), masked, List.of()));
    LaunchPlan a;
    try {
      a = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, fs);
    } catch (DrydockException.InvalidArgument e) {
      assertThatThrownBy(() -> PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, fs)).hasMessage(e.getMessage());
      return;
    }
    LaunchPlan b = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, fs);
    assertThat(a).isEqualTo(b);
    assertThat(a.steps()).isEqualTo(b.steps());
  }

  /** One way to break a valid config, and the field its error must name. */
  record Breakage(String field, java.util.function.UnaryOperator<Spec> apply) {
    @Override
    public String toString() {
      return field;
    }
  }

  @Provide
  Arbitrary<Breakage> breakages() {
    return Arbitraries.of(
        new Breakage("process.args", s -> proc(s, p -> SpecFixtures.process(p, p.capabilities(), p.rlimits(), List.of()))),
        new Breakage("process.cwd", s -> proc(s, p -> new Process(false, null, p.user(), p.args(), null, p.env(), "rel",
            p.capabilities(), p.rlimits(), null, null, null, null, null))),
        new Breakage("process.capabilities.effective", s -> proc(s, p -> SpecFixtures.process(p,
            new Capabilities(null, List.of("CAP_NOPE"), null, null, null, null), p.rlimits(), p.args()))),
        new Breakage("process.rlimits[0]", s -> proc(s, p -> SpecFixtures.process(p, p.capabilities(),
            List.of(new Rlimit("RLIMIT_NOFILE", 1048576L, 1048576L, null)), p.args()))),
        new Breakage("process.rlimits[0].type", s -> proc(s, p -> SpecFixtures.process(p, p.capabilities(),
            List.of(new Rlimit("NOFILE", 1L, 1L, null)), p.args()))),
        new Breakage("linux.namespaces[0].type", s -> SpecFixtures.withLinux(s, SpecFixtures.linux(s.linux(),
            List.of(new Namespace("nope", null, null)), List.of(), List.of()))),
        new Breakage("mounts[0].destination", s -> SpecFixtures.withMounts(s,
            List.of(new Mount("proc", "proc", "proc", null, null, null, null)))),
        new Breakage("mounts[0]: bind source", s -> SpecFixtures.withMounts(s,
            List.of(new Mount("/x", "bind", "/missing", null, null, null, null)))),
        new Breakage("linux.maskedPaths[0]", s -> SpecFixtures.withLinux(s, SpecFixtures.linux(s.linux(),
            s.linux().namespaces(), List.of("relative"), List.of()))),
        new Breakage("root.path", s -> new Spec(s.ociVersion(), s.process(), new io.drydock.runtime.spec.Root("nope", true, null),
            s.hostname(), null, s.mounts(), null, null, s.linux(), null)),
        new Breakage("linux.sysctl", s -> SpecFixtures.withLinux(s, new io.drydock.runtime.spec.Linux(
            s.linux().namespaces(), null, null, null, null, null, null, null, null, java.util.Map.of("../../etc/x", "1"),
            null, null, null, null, null, null))));
  }

  @Property(tries = 60)
  void anInvalidConfigIsRejectedNamingItsField(@ForAll("breakages") Breakage b) {
    Spec broken = b.apply().apply(SpecFixtures.spec());
    assertThatThrownBy(() -> PlanCompiler.compile(broken, SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs()))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageStartingWith("config.json: ")
        .hasMessageContaining(b.field());
  }

  private static Spec proc(Spec s, java.util.function.UnaryOperator<Process> edit) {
    return SpecFixtures.withProcess(s, edit.apply(s.process()));
  }
}
