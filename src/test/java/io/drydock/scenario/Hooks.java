package io.drydock.scenario;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.drydock.conformance.glue.BusyboxImage;
import io.drydock.conformance.glue.EngineTarget;
import io.drydock.testing.KernelRequirements;
import io.drydock.testing.Requirements;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The build's side of the scenario lifecycle (the glue itself lives in
 * {@code io.drydock.conformance.glue}): each scenario checks the environment rule of
 * {@code @ScenarioTest} (skip with a reason, or fail under {@code DRYDOCK_REQUIRE_KERNEL=1}), then
 * chooses the engine — {@code DOCKER_HOST} when set, else a drydock daemon started for the build.
 * Rows tagged {@code @not-yet-implemented} run here (they must pass against drydock).
 */
public final class Hooks {
  @Before(order = 0)
  public void chooseEngine() {
    if (TestEngine.externalHost().isPresent()) {
      EngineTarget.use(new EngineTarget(TestEngine.externalHost().get(), Optional.empty(), false));
      return;
    }
    Requirements.require("scenario", KernelRequirements.missingNeed());
    Requirements.require("scenario", BusyboxImage.available() ? Optional.empty() : Optional.of("needs busybox-static (" + BusyboxImage.BUSYBOX + ")"));
    String host = TestEngine.dockerHost();
    EngineTarget.use(new EngineTarget(host, TestEngine.daemonDir().map(Path::toString), false));
  }

  @AfterAll
  public static void stopEngine() {
    TestEngine.stop();
  }
}
