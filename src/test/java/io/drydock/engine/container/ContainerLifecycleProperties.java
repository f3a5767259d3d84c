package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.ContainerAction;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random action sequences on one container: drydock's table and dockerd's flag logic
 * ({@link DockerdFlags}) must agree on every refusal and its error class, on the status after every
 * step, and the state invariants must hold throughout.
 */
class ContainerLifecycleProperties {
  private static final EnumSet<ContainerStatus> WITH_TASK =
      EnumSet.of(ContainerStatus.RUNNING, ContainerStatus.PAUSED);

  @Property(tries = 300)
  void drydockRefusesExactlyWhenDockerdDoes(@ForAll("chains") ActionChain<LifecycleHarness> chain) {
    chain.withInvariant("status matches dockerd", ContainerLifecycleProperties::statusMatches)
        .withInvariant("state is consistent", ContainerLifecycleProperties::stateConsistent)
        .run();
  }

  @Provide
  Arbitrary<ActionChain<LifecycleHarness>> chains() {
    return ActionChain.startWith(LifecycleHarness::new)
        .withAction(4, simple("start", ContainerLifecycleProperties::start))
        .withAction(1, simple("start fails", ContainerLifecycleProperties::startFails))
        .withAction(2, simple("stop", ContainerLifecycleProperties::stop))
        .withAction(2, simple("kill", ContainerLifecycleProperties::kill))
        .withAction(2, simple("pause", ContainerLifecycleProperties::pause))
        .withAction(2, simple("unpause", ContainerLifecycleProperties::unpause))
        .withAction(2, simple("restart", ContainerLifecycleProperties::restart))
        .withAction(1, simple("exec", ContainerLifecycleProperties::exec))
        .withAction(1, simple("rename", ContainerLifecycleProperties::rename))
        .withAction(1, simple("attach", ContainerLifecycleProperties::attach))
        .withAction(2, flag("die", ContainerLifecycleProperties::die))
        .withAction(2, simple("respawn", ContainerLifecycleProperties::respawn))
        .withAction(1, flag("remove begins", ContainerLifecycleProperties::removeBegins))
        .withAction(1, flag("removal ends", ContainerLifecycleProperties::removalEnds))
        .withAction(1, flag("remove", ContainerLifecycleProperties::remove))
        .withMaxTransformations(40);
  }

  private static Action.Independent<LifecycleHarness> simple(
      String name, java.util.function.Consumer<LifecycleHarness> step) {
    return () -> Arbitraries.just(Transformer.mutate(name, step));
  }

  private static Action.Independent<LifecycleHarness> flag(
      String name, java.util.function.BiConsumer<LifecycleHarness, Boolean> step) {
    return () -> Arbitraries.of(true, false)
        .map(b -> Transformer.mutate(name + "(" + b + ")", h -> step.accept(h, b)));
  }

  static void start(LifecycleHarness h) {
    h.verb("start", false, () -> {
      h.update(s -> s.started(ContainerAction.START, h.pid(), h.tick(), h.idText()));
      h.oracle.taskStarted();
    });
  }

  static void startFails(LifecycleHarness h) {
    h.verb("start", false, () -> h.update(s -> s.startFailed("exec: not found", 127, h.idText())));
  }

  static void stop(LifecycleHarness h) {
    h.verb("stop", false, () -> {
      h.state().check(ContainerAction.STOP, h.idText());
      endWithoutRestart(h, ContainerAction.STOP, 143);
    });
  }

  static void kill(LifecycleHarness h) {
    h.verb("kill", false, () -> {
      h.state().check(ContainerAction.KILL, h.idText());
      endWithoutRestart(h, ContainerAction.KILL, 137);
    });
  }

  /** A user stop or kill: a restarting container just stops restarting; a task exits. */
  private static void endWithoutRestart(LifecycleHarness h, ContainerAction via, int code) {
    if (h.state().status() == ContainerStatus.RESTARTING) {
      h.update(s -> s.exited(via, code, false, h.tick(), h.idText()));
      h.oracle.taskEnded();
    } else {
      h.endTask(code, false);
    }
  }

  static void pause(LifecycleHarness h) {
    h.verb("pause", false, () -> {
      h.update(s -> s.paused(h.idText()));
      h.oracle.paused = true;
    });
  }

  static void unpause(LifecycleHarness h) {
    h.verb("unpause", false, () -> {
      h.update(s -> s.unpaused(h.idText()));
      h.oracle.paused = false;
    });
  }

  static void restart(LifecycleHarness h) {
    h.verb("restart", false, () -> {
      h.state().check(ContainerAction.RESTART, h.idText());
      if (h.oracle.running) {
        endWithoutRestart(h, ContainerAction.STOP, 143);
      }
      h.update(s -> s.started(ContainerAction.RESTART, h.pid(), h.tick(), h.idText()));
      h.oracle.taskStarted();
    });
  }

  static void exec(LifecycleHarness h) {
    h.verb("exec", false, () -> h.state().check(ContainerAction.EXEC, h.idText()));
  }

  static void attach(LifecycleHarness h) {
    h.verb("attach", false, () -> h.state().check(ContainerAction.ATTACH, h.idText()));
  }

  static void rename(LifecycleHarness h) {
    h.verb("rename", false, () -> h.index.rename(h.id.shortId(), "renamed-" + h.pid()));
  }

  static void die(LifecycleHarness h, boolean policyRestarts) {
    if (h.oracle.gone) {
      return;
    }
    if (h.oracle.hasTask()) {
      h.endTask(1, policyRestarts);
    } else {
      h.expectEventRefused(() -> h.update(s ->
          s.exited(ContainerAction.EXIT, 1, false, h.tick(), h.idText())));
    }
  }

  static void respawn(LifecycleHarness h) {
    if (h.oracle.gone) {
      return;
    }
    if (h.oracle.running && h.oracle.restarting) {
      int before = h.state().restartCount();
      h.update(s -> s.started(ContainerAction.RESPAWN, h.pid(), h.tick(), h.idText()));
      h.oracle.taskStarted();
      assertThat(h.state().restartCount()).isEqualTo(before + 1);
    } else {
      h.expectEventRefused(() -> h.update(s ->
          s.started(ContainerAction.RESPAWN, h.pid(), h.tick(), h.idText())));
    }
  }

  static void removeBegins(LifecycleHarness h, boolean force) {
    h.verb("remove", force, () -> {
      h.update(s -> s.removing(force, h.idText()));
      h.oracle.removal = true;
      if (h.state().pid() > 0) {
        h.endTask(137, false);
      }
      h.oracle.taskEnded();
    });
  }

  static void removalEnds(LifecycleHarness h, boolean ok) {
    if (h.oracle.gone) {
      return;
    }
    if (!h.oracle.removal) {
      h.expectEventRefused(() -> h.state().check(ContainerAction.REMOVAL_DONE, h.idText()));
      h.expectEventRefused(() -> h.update(s -> s.removalFailed("busy", h.idText())));
      return;
    }
    if (ok) {
      assertThat(h.state().check(ContainerAction.REMOVAL_DONE, h.idText()))
          .isInstanceOf(Transition.Gone.class);
      assertThat(h.index.remove(h.id)).isTrue();
      h.oracle.gone = true;
    } else {
      h.update(s -> s.removalFailed("device or resource busy", h.idText()));
      h.oracle.removal = false;
      h.oracle.dead = true;
    }
  }

  static void remove(LifecycleHarness h, boolean force) {
    boolean wasRemoving = h.oracle.removal;
    removeBegins(h, force);
    if (h.oracle.removal && !wasRemoving) {
      removalEnds(h, true);
    }
  }

  static void statusMatches(LifecycleHarness h) {
    if (h.oracle.gone) {
      assertThat(h.index.size()).isZero();
      return;
    }
    assertThat(h.state().status().dockerName()).isEqualTo(h.oracle.stateString());
  }

  static void stateConsistent(LifecycleHarness h) {
    if (h.oracle.gone) {
      return;
    }
    ContainerState s = h.state();
    assertThat(WITH_TASK.contains(s.status())).as("running or paused iff a pid: %s", s)
        .isEqualTo(s.pid() > 0);
    if (s.status() == ContainerStatus.CREATED) {
      assertThat(s.startedAt()).as("created never ran: %s", s).isNull();
    }
    if (s.exitCode() != 0) {
      assertThat(s.startedAt() != null || !s.error().isEmpty())
          .as("an exit code only after a run or a failed start: %s", s).isTrue();
    }
    if (s.finishedAt() != null) {
      assertThat(s.startedAt()).as("finished only after started: %s", s).isNotNull();
      if (!s.status().isRunning()) {
        // while a new run is on, dockerd keeps the previous run's FinishedAt
        assertThat(s.finishedAt()).isAfterOrEqualTo(s.startedAt());
      }
    }
    if (s.status() == ContainerStatus.EXITED) {
      assertThat(s.startedAt()).isNotNull();
    }
  }
}
