package io.drydock.scenario;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.drydock.testing.KernelRequirements;
import io.drydock.testing.Requirements;

/**
 * Scenario lifecycle: each scenario checks the environment rule of {@code @ScenarioTest} (skip with
 * a reason, or fail under {@code DRYDOCK_REQUIRE_KERNEL=1}) before it starts a daemon; with
 * {@code DOCKER_HOST} set there is nothing to start and nothing to require.
 */
public final class Hooks {
  @Before(order = 0)
  public void requireEnvironment() {
    if (TestEngine.externalHost().isEmpty()) {
      Requirements.require("scenario", KernelRequirements.missingNeed());
    }
  }

  @Before(order = 1)
  public void connect() {
    World.reset(new EngineClient(TestEngine.dockerHost()));
  }

  @After
  public void closeStream() {
    World w = World.get();
    if (w != null && w.stream != null) {
      w.stream.close();
      w.stream = null;
    }
  }

  @AfterAll
  public static void stopEngine() {
    TestEngine.stop();
  }
}
