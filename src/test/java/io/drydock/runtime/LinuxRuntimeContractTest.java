package io.drydock.runtime;

import io.drydock.testing.KernelTest;
import java.nio.file.Path;

/** The OCI runtime contract against drydock's own runtime, in-process. */
@KernelTest
class LinuxRuntimeContractTest extends OciRuntimeContract {
  @Override
  OciRuntime runtime(Path root) {
    return new LinuxRuntime(root);
  }
}
