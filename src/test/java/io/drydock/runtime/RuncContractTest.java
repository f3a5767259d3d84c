package io.drydock.runtime;

import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Path;
import java.util.Optional;

/** The same contract against runc: if runc fails a test, the test is wrong, not drydock. */
@KernelTest
class RuncContractTest extends OciRuntimeContract {
  @Override
  OciRuntime runtime(Path root) {
    Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc on the PATH"));
    return new BinaryRuntime(Path.of("runc"), root);
  }
}
