package io.drydock.archfixture.runtime;

import com.sun.jna.Native;
import io.drydock.archfixture.engine.Engine;

/** Fixture for LayerRulesTest: breaks the rules on purpose (runtime → engine, JNA outside os). */
public class LeakyRuntime {
  public Object reachUp() {
    return new Engine();
  }

  public int jna() {
    return Native.POINTER_SIZE;
  }
}
