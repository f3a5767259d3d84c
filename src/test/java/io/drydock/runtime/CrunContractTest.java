package io.drydock.runtime;

import io.drydock.testing.CrunCgroupLayout;
import io.drydock.testing.KernelTest;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OCI runtime contract against crun through {@link BinaryRuntime}: crun's own create/start
 * split, its wording of errors and its lack of {@code events}. Runs crun as {@link CrunCgroupLayout} says;
 * without crun it is skipped with a one-line reason.
 */
@KernelTest
@DisplayName("OciRuntimeContract [crun]")
class CrunContractTest extends OciRuntimeContract {
  @RegisterExtension
  static final CrunCgroupLayout LAYOUT = new CrunCgroupLayout();

  @Override
  OciRuntime runtime(Path root) {
    return new BinaryRuntime(LAYOUT.crun(), root);
  }
}
