package io.drydock.conformance.glue;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.PendingException;

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
