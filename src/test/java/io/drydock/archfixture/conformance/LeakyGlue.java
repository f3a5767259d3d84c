package io.drydock.archfixture.conformance;

import io.drydock.archfixture.engine.Engine;

/** Fixture for ConformanceRulesTest: glue that asks the engine from inside instead of its API. */
public class LeakyGlue {
  public int peek() {
    return new Engine().use();
  }
}
