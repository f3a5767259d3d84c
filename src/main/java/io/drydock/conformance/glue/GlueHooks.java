package io.drydock.conformance.glue;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.PendingException;
import io.cucumber.java.Scenario;

/** Per scenario: a fresh {@link World} connected to the chosen engine, and streams and hijacked connections closed after it. */
public final class GlueHooks {
  /** Runs after the build's own hooks of order 0, which choose the engine. */
  @Before(order = 1)
  public void connect() {
    World.reset(new EngineClient(EngineTarget.current().dockerHost()));
  }

  @Before(value = "@not-yet-implemented", order = 2)
  public void skipDrydockGap() {
    if (EngineTarget.current().gapsSkipped()) {
      throw new PendingException("tagged @not-yet-implemented: the row states drydock's current gap, not the API contract");
    }
  }

  /**
   * Rows that dockerd 20.10 is known to answer otherwise than later releases and drydock (the
   * tags of {@link Dockerd2010Differences}): against 20.10 they are reported as skipped with the
   * reason, so its column says why instead of showing a failure of the scenario.
   */
  @Before(value = "@dockerd-20.10-answers-500 or @dockerd-20.10-min-api-1.12 or @dockerd-20.10-takes-any-device-mode", order = 2)
  public void skipKnownDockerd2010Difference(Scenario scenario) {
    if (EngineVersion.isDockerd2010(World.get().client)) {
      Dockerd2010Differences.reason(scenario.getSourceTagNames()).ifPresent(reason -> {
        throw new PendingException(reason);
      });
    }
  }

  @After
  public void closeStream() {
    World w = World.get();
    if (w != null && w.stream != null) {
      w.stream.close();
      w.stream = null;
    }
    if (w != null && w.hijacked != null) {
      w.hijacked.close();
      w.hijacked = null;
    }
  }
}
