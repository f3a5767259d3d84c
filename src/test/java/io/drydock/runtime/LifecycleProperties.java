package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.testing.KernelRequirements;
import io.drydock.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random sequences of lifecycle operations on a real container: every operation the model allows
 * succeeds, every other one is refused with the right error class, and the state read back
 * always equals the model's. Runs on the kernel (tag {@code kernel}); jqwik does not honour
 * JUnit conditions, so the requirement is checked inside.
 */
@Tag("kernel")
class LifecycleProperties {
  enum Action { CREATE, START, KILL, DELETE, FORCE_DELETE, STATE }

  private Path tmp;
  private Path bundle;
  private LinuxRuntime rt;

  @BeforeProperty
  void setUp() throws Exception {
    Requirements.require("kernel", KernelRequirements.missingNeed());
    tmp = Files.createTempDirectory("drydock-lifecycle");
    bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sleep", "30"));
    rt = new LinuxRuntime(tmp.resolve("root"));
  }

  @AfterProperty
  void tearDown() throws Exception {
    if (rt != null) {
      rt.list().forEach(s -> rt.delete(RuntimeId.of(s.id()), true));
    }
    if (tmp != null) {
      try (var s = Files.walk(tmp)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Property(tries = 12)
  void everyOperationIsAllowedOrRefusedAsTheLifecyclePredicatesSay(@ForAll @Size(min = 1, max = 8) List<Action> actions) {
    RuntimeId id = RuntimeId.of("prop");
    Optional<ContainerStatus> model = Optional.empty();
    try {
      for (Action a : actions) {
        model = apply(a, id, model);
        if (model.isPresent()) {
          assertThat(rt.state(id).status()).as("after %s", a).isEqualTo(model.get().specName());
        } else {
          assertThatThrownBy(() -> rt.state(id)).isInstanceOf(DrydockException.NotFound.class);
        }
      }
    } finally {
      if (model.isPresent()) {
        rt.delete(id, true);
      }
    }
  }

  private Optional<ContainerStatus> apply(Action a, RuntimeId id, Optional<ContainerStatus> model) {
    if (a == Action.CREATE) {
      if (model.isPresent()) {
        assertThatThrownBy(() -> rt.create(id, bundle, CreateOptions.defaults())).isInstanceOf(DrydockException.Conflict.class);
        return model;
      }
      rt.create(id, bundle, CreateOptions.defaults());
      return Optional.of(ContainerStatus.CREATED);
    }
    if (model.isEmpty()) {
      if (a != Action.STATE) {
        assertThatThrownBy(() -> run(a, id)).isInstanceOf(DrydockException.NotFound.class);
      }
      return model;
    }
    ContainerStatus s = model.get();
    boolean allowed = switch (a) {
      case START -> s.canStart();
      case KILL -> s.canKill();
      case DELETE -> s.canDelete();
      default -> true;
    };
    if (!allowed) {
      assertThatThrownBy(() -> run(a, id)).as("%s in %s", a, s).isInstanceOf(DrydockException.Conflict.class);
      return model;
    }
    run(a, id);
    return switch (a) {
      case START -> Optional.of(ContainerStatus.RUNNING);
      case KILL -> Optional.of(ContainerStatus.STOPPED);
      case DELETE, FORCE_DELETE -> Optional.empty();
      default -> model;
    };
  }

  private void run(Action a, RuntimeId id) {
    switch (a) {
      case START -> rt.start(id);
      case KILL -> {
        rt.kill(id, Signal.KILL, false);
        rt.awaitExit(id, Duration.ofSeconds(10));
      }
      case DELETE -> rt.delete(id, false);
      case FORCE_DELETE -> rt.delete(id, true);
      case STATE -> rt.state(id);
      default -> throw new IllegalStateException(a.name());
    }
  }
}
