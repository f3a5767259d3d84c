package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.common.ErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container driven through {@link ContainerIndex} and {@link ContainerState} the way the
 * container service will drive it, next to the {@link DockerdFlags} oracle. Each verb checks that
 * drydock refuses exactly when dockerd refuses, with the same error class.
 */
final class LifecycleHarness {
  final ContainerIndex index = new ContainerIndex(new java.util.Random(1));
  final ContainerId id = ContainerId.generate();
  final DockerdFlags oracle = new DockerdFlags();
  private long nextPid = 100;
  private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

  LifecycleHarness() {
    String name = index.reserveGeneratedName(id);
    ContainerConfig config =
        new ContainerConfig("/bin/true", List.of(), List.of(), "", "", "", false, false, false,
            Map.of(), null, null);
    index.put(new ContainerRecord(id, name, clock, "busybox", "sha256:" + "ab".repeat(32),
        config, null, null, false, ContainerState.created()));
  }

  ContainerState state() {
    return index.find(id).orElseThrow().state();
  }

  String idText() {
    return id.value();
  }

  /** Runs a client verb: expects NotFound once removed, otherwise the oracle's refusal class. */
  void verb(String verb, boolean force, Runnable effect) {
    if (oracle.gone) {
      Throwable t = catchThrowable(() -> index.get(id.shortId()));
      assertThat(t).isInstanceOf(DrydockException.NotFound.class)
          .hasMessage("No such container: " + id.shortId());
      return;
    }
    index.get(id.shortId());
    Optional<ErrorKind> expected = oracle.refusal(verb, force);
    ContainerState before = state();
    Throwable thrown = catchThrowable(effect::run);
    if (expected.isPresent()) {
      assertThat(thrown).as("%s in %s", verb, oracle.stateString())
          .isInstanceOf(DrydockException.class);
      assertThat(((DrydockException) thrown).kind()).as("%s in %s", verb, oracle.stateString())
          .isEqualTo(expected.get());
      assertThat(oracle.gone || state().equals(before)).as("refusal changes nothing").isTrue();
    } else {
      assertThat(thrown).as("%s in %s", verb, oracle.stateString()).isNull();
    }
  }

  void update(java.util.function.UnaryOperator<ContainerState> change) {
    index.update(id, r -> r.withState(change.apply(r.state())));
  }

  Instant tick() {
    clock = clock.plusSeconds(1);
    return clock;
  }

  long pid() {
    return nextPid++;
  }

  /** The task ends (stop, kill or the process exiting), with an EXIT event from the supervisor. */
  void endTask(int code, boolean policyRestarts) {
    boolean toRestart = policyRestarts && !oracle.removal;
    ContainerAction via = toRestart ? ContainerAction.EXIT_TO_RESTART : ContainerAction.EXIT;
    update(s -> s.exited(via, code, false, tick(), idText()));
    oracle.taskEnded();
    if (toRestart) {
      oracle.running = true;
      oracle.restarting = true;
    }
  }

  void expectEventRefused(Runnable event) {
    assertThatThrownBy(event::run).isInstanceOf(DrydockException.Conflict.class);
  }
}
