package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCompilerTest {
  private static LaunchPlan compile(Spec s) {
    return PlanCompiler.compile(s, SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs());
  }

  @Test
  void anRlimitAboveTheHostsHardLimitIsRefusedWithWhatToAskFor() {
    Spec base = SpecFixtures.spec();
    Process p = SpecFixtures.process(base.process(), base.process().capabilities(),
        List.of(new Rlimit("RLIMIT_NOFILE", 1048576L, 1048576L, null)), List.of("sh"));
    assertThatThrownBy(() -> compile(SpecFixtures.withProcess(base, p)))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("config.json: process.rlimits[0]: RLIMIT_NOFILE hard limit 1048576 exceeds the host's hard limit"
            + " 20000 (drydock lacks CAP_SYS_RESOURCE); ask for at most 20000");
  }

  @Test
  void theDefaultConfigCompilesInRuncsOrder() {
    LaunchPlan plan = compile(SpecFixtures.spec());
    List<Class<?>> order = plan.steps().stream().<Class<?>>map(Object::getClass).distinct().toList();
    assertThat(order).containsSubsequence(Step.Clone.class, Step.Setsid.class, Step.SetHostname.class,
        Step.RootPropagation.class, Step.BindRootfs.class, Step.Mount.class, Step.MakeDevice.class, Step.Symlink.class,
        Step.PivotRoot.class, Step.ReadonlyPath.class, Step.MaskPath.class, Step.RemountRootReadonly.class,
        Step.SetRlimit.class, Step.BoundingSet.class, Step.SetUid.class, Step.CapSet.class, Step.NoNewPrivileges.class,
        Step.CloseFds.class, Step.Chdir.class, Step.Exec.class);
    assertThat(plan.steps().get(plan.steps().size() - 1)).isEqualTo(new Step.Exec("/bin/sh", List.of("sh"),
        SpecFixtures.spec().process().env()));
    assertThat(plan.warnings()).anyMatch(w -> w.contains("CAP_AUDIT_WRITE") && w.contains("ambient"));
  }

  @Test
  void cgroupFilesComeRightAfterCloneAndSeccompLastBeforeExec() {
    LaunchPlan plan = compile(SpecFixtures.spec()).withCgroupProcsFiles(List.of(java.nio.file.Path.of("/cg/cgroup.procs")))
        .withSeccompFilter(new byte[8]).withLaunch(java.util.Optional.of("/run/x/exec.fifo"), true);
    List<Step> steps = plan.steps();
    int clone = steps.indexOf(new Step.Clone(plan.steps().stream().filter(s -> s instanceof Step.Clone)
        .map(s -> ((Step.Clone) s).flags()).findFirst().orElseThrow(), true));
    assertThat(steps.get(clone + 1)).isEqualTo(new Step.CgroupProcs("/cg/cgroup.procs"));
    assertThat(steps.get(0)).isEqualTo(new Step.OpenExecFifo("/run/x/exec.fifo"));
    assertThat(steps.get(steps.size() - 2)).isEqualTo(new Step.Seccomp(new byte[8]));
    assertThat(steps.indexOf(new Step.WaitStart())).isGreaterThan(steps.indexOf(new Step.PivotRoot()))
        .isLessThan(steps.indexOf(new Step.NoNewPrivileges()));
  }

  @Test
  void withoutNoNewPrivilegesSeccompComesBeforeTheCapabilitiesAreDropped() {
    Spec base = SpecFixtures.spec();
    Process p = base.process();
    Process nnpOff = new Process(false, null, p.user(), p.args(), null, p.env(), p.cwd(), p.capabilities(), p.rlimits(),
        false, null, null, null, null);
    List<Step> steps = compile(SpecFixtures.withProcess(base, nnpOff)).withSeccompFilter(new byte[8]).steps();
    int seccomp = steps.indexOf(new Step.Seccomp(new byte[8]));
    assertThat(seccomp).isLessThan(steps.indexOf(new Step.KeepCaps(true)));
  }

  @Test
  void aNonRootProcessGetsItsStdioBeforeTheIdsChangeAndRootLeavesItAlone() {
    Spec base = SpecFixtures.spec();
    Process p = base.process();
    Process nonRoot = new Process(false, null, new io.drydock.runtime.spec.User(1000L, 1000L, null, null, null, null), p.args(), null,
        p.env(), p.cwd(), p.capabilities(), p.rlimits(), p.noNewPrivileges(), null, null, null, null);
    List<Step> steps = compile(SpecFixtures.withProcess(base, nonRoot)).steps();
    assertThat(steps.indexOf(new Step.FixStdio(1000))).isPositive()
        .isGreaterThan(steps.indexOf(new Step.PivotRoot())).isLessThan(steps.indexOf(new Step.SetGroups(List.of())));
    assertThat(compile(base).steps()).noneMatch(s -> s instanceof Step.FixStdio);
  }

  @Test
  void mountsOfTheConfigResolveSymlinksInsideTheRootfs() {
    FakeFs fs = SpecFixtures.fs().link(SpecFixtures.ROOTFS + "/data", "/etc/../../../../srv").dir(SpecFixtures.ROOTFS + "/srv");
    Spec spec = SpecFixtures.withMounts(SpecFixtures.spec(),
        List.of(new Mount("/data/x", "bind", "/srv/data", List.of("rbind", "ro", "nosuid"), null, null, null)));
    LaunchPlan plan = PlanCompiler.compile(spec, SpecFixtures.BUNDLE, SpecFixtures.HOST, fs);
    assertThat(plan.filesystem().orElseThrow().mounts()).containsExactly(new Step.Mount("/srv/data", "/srv/x", "",
        LinuxAbi.MS_BIND | LinuxAbi.MS_REC, "", Step.Create.DIRECTORY, LinuxAbi.MS_RDONLY | LinuxAbi.MS_NOSUID, 0));
  }

  @Test
  void configsDrydockCannotHonourAreRefusedNamingTheField() {
    Spec base = SpecFixtures.spec();
    Process p = base.process();
    Process empty = new Process(false, null, p.user(), List.of(), null, p.env(), p.cwd(), null, null, null, null, null, null, null);
    assertThatThrownBy(() -> compile(SpecFixtures.withProcess(base, empty))).hasMessageStartingWith("config.json: process.args");
    Spec user = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(),
        List.of(new Namespace("mount", null, null), new Namespace("user", null, null)), List.of(), List.of()));
    assertThatThrownBy(() -> compile(new Spec(user.ociVersion(), user.process(), user.root(), null, null, user.mounts(),
        null, null, user.linux(), null))).hasMessageContaining("linux.uidMappings");
    Spec noUts = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(), List.of(new Namespace("mount", null, null)),
        List.of(), List.of()));
    assertThatThrownBy(() -> compile(noUts)).hasMessageStartingWith("config.json: hostname");
    Spec noMnt = SpecFixtures.withLinux(base, SpecFixtures.linux(base.linux(), List.of(new Namespace("uts", null, null)),
        List.of(), List.of()));
    assertThatThrownBy(() -> compile(noMnt)).hasMessage("config.json: linux.namespaces: a mount namespace is required");
  }

  @Test
  void configDevicesKeepTheirTypeModeAndOwner() {
    Spec base = SpecFixtures.spec();
    io.drydock.runtime.spec.Linux l = base.linux();
    Spec spec = SpecFixtures.withLinux(base, new io.drydock.runtime.spec.Linux(l.namespaces(), null, null, null,
        List.of(new io.drydock.runtime.spec.Device("b", "/dev/sda", 8L, 0L, 0640, 0L, 6L, null)), null, null, null, null,
        null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null));
    assertThat(compile(spec).filesystem().orElseThrow().mounts())
        .contains(new Step.MakeDevice("/dev/sda", LinuxAbi.S_IFBLK | 0640, LinuxAbi.makedev(8, 0), 0, 6));
    Spec bad = SpecFixtures.withLinux(base, new io.drydock.runtime.spec.Linux(l.namespaces(), null, null, null,
        List.of(new io.drydock.runtime.spec.Device("x", "/dev/x", 1L, 1L, null, null, null, null)), null, null, null, null,
        null, null, null, null, null, null, null));
    assertThatThrownBy(() -> compile(bad)).hasMessage(
        "config.json: linux.devices[0].type: unknown device type \"x\" (want c, b, u or p)");
    Spec shared = SpecFixtures.withLinux(base, new io.drydock.runtime.spec.Linux(l.namespaces(), null, null, null, null,
        null, null, "rshared", null, null, null, null, null, null, null, null));
    assertThatThrownBy(() -> compile(shared)).hasMessageStartingWith("config.json: linux.rootfsPropagation");
  }
}
