package io.drydock.archfixture.engine;

import io.drydock.archfixture.runtime.LeakyRuntime;

/** Fixture for LayerRulesTest: a legal downward use (engine → runtime). */
public class Engine {
  public int use() {
    return new LeakyRuntime().hashCode();
  }
}
