package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.ConsoleSize;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Spec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the terminal and the hook points sit in the steps: runc's places. */
class HookPointAndTerminalSequenceTest {
  private static final Step.RunHook CREATE = new Step.RunHook("createContainer hook 0 (/c)", "/c", 5, "{\"pid\":", "}",
      List.of(), List.of());
  private static final Step.RunHook START = new Step.RunHook("startContainer hook 0 (/s)", "/s", 5, "{\"pid\":", "}",
      List.of(), List.of());

  private static LaunchPlan tty(ConsoleSize size) {
    Spec base = SpecFixtures.spec();
    Process p = base.process();
    Process tty = new Process(true, size, p.user(), p.args(), null, p.env(), p.cwd(), null, null, null, null, null, null, null);
    return PlanCompiler.compile(SpecFixtures.withProcess(base, tty), SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs())
        .withLaunch(Optional.of("/run/x/exec.fifo"), true);
  }

  private static int index(List<Step> steps, Class<? extends Step> type) {
    for (int i = 0; i < steps.size(); i++) {
      if (type.isInstance(steps.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theTerminalIsMadeRightAfterPivotRootAndItsMasterGoesToTheSocketConnectedBeforeClone() {
    List<Step> steps = tty(new ConsoleSize(30, 120, null)).withConsoleSocket(Optional.of("/run/console.sock")).steps();
    assertThat(steps.get(index(steps, Step.ConsoleSocket.class))).isEqualTo(new Step.ConsoleSocket("/run/console.sock"));
    assertThat(index(steps, Step.ConsoleSocket.class)).isLessThan(index(steps, Step.Clone.class));
    assertThat(index(steps, Step.Terminal.class)).isEqualTo(index(steps, Step.PivotRoot.class) + 1);
    assertThat(steps.get(index(steps, Step.Terminal.class))).isEqualTo(new Step.Terminal(30, 120, true));
    assertThat(index(steps, Step.Terminal.class)).isLessThan(index(steps, Step.WaitStart.class));
  }

  @Test
  void aTerminalWithoutAConsoleSocketIsRefusedAndNoTerminalMeansNoTerminalSteps() {
    assertThatThrownBy(() -> tty(null).steps()).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("console socket");
    List<Step> plain = PlanCompiler.compile(SpecFixtures.spec(), SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs())
        .withConsoleSocket(Optional.of("/run/console.sock")).steps();
    assertThat(index(plain, Step.Terminal.class)).isEqualTo(-1);
    assertThat(index(plain, Step.ConsoleSocket.class)).isEqualTo(-1);
  }

  @Test
  void anExecTerminalGetsNoConsoleBind() {
    Process p = SpecFixtures.spec().process();
    Process tty = new Process(true, null, p.user(), List.of("/bin/sh"), null, p.env(), "/", null, null, null, null, null, null, null);
    LaunchPlan plan = ExecPlanCompiler.compile(tty, java.util.Set.of(io.drydock.runtime.spec.NamespaceType.MOUNT), 42,
        SpecFixtures.HOST, SpecFixtures.fs().file("/proc/42/root/bin/sh")).withConsoleSocket(Optional.of("/c.sock"));
    assertThat(plan.steps()).contains(new Step.Terminal(0, 0, false));
    assertThat(plan.steps().get(0)).as("connected before joining the container's mounts").isEqualTo(new Step.ConsoleSocket("/c.sock"));
  }

  /** A supervisor's terminal (Docker's Tty, config.json's terminal false) is planned as process.terminal's. */
  @Test
  void aTerminalAskedForBesideTheConfigGoesToTheConsoleSocketAfterSetsidAndPivotRoot() {
    LaunchPlan plan = PlanCompiler.compile(SpecFixtures.spec(), SpecFixtures.BUNDLE, SpecFixtures.HOST, SpecFixtures.fs())
        .withTerminal(new Step.Terminal(24, 80, true));
    assertThatThrownBy(plan::steps).isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("console socket");
    List<Step> steps = plan.withConsoleSocket(Optional.of("/c.sock")).steps();
    assertThat(steps.get(0)).isEqualTo(new Step.ConsoleSocket("/c.sock"));
    assertThat(steps).contains(new Step.Terminal(24, 80, true));
    assertThat(index(steps, Step.Terminal.class)).isGreaterThan(index(steps, Step.Setsid.class))
        .isGreaterThan(index(steps, Step.PivotRoot.class));
  }

  @Test
  void hookPointsSitAfterTheMountsBeforePivotRootAndJustBeforeExec() {
    List<Step> steps = tty(null).withConsoleSocket(Optional.of("/c.sock"))
        .withHooks(new LaunchHooks(true, List.of(CREATE), List.of(START))).steps();
    int sync = index(steps, Step.HookSync.class);
    int lastMount = steps.lastIndexOf(steps.stream().filter(s -> s instanceof Step.Mount || s instanceof Step.Symlink
        || s instanceof Step.MakeDevice).reduce((a, b) -> b).orElseThrow());
    assertThat(sync).isEqualTo(lastMount + 1);
    assertThat(steps.get(sync + 1)).isEqualTo(CREATE);
    assertThat(steps.get(sync + 2)).isInstanceOf(Step.PivotRoot.class);
    assertThat(steps.indexOf(START)).isGreaterThan(index(steps, Step.WaitStart.class))
        .isGreaterThan(index(steps, Step.CapSet.class)).isGreaterThan(index(steps, Step.Chdir.class));
    assertThat(steps.get(steps.size() - 1)).isInstanceOf(Step.Exec.class);
  }

  @Test
  void withoutRuntimeHooksTheInitDoesNotStop() {
    List<Step> steps = tty(null).withConsoleSocket(Optional.of("/c.sock"))
        .withHooks(new LaunchHooks(false, List.of(), List.of(START))).steps();
    assertThat(index(steps, Step.HookSync.class)).isEqualTo(-1);
    assertThat(steps).contains(START);
  }
}
