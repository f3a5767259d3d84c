package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many create+start+wait+delete cycles of /bin/true in a row: every one must exit 0 and leave no
 * state. The median is printed for the record (the benchmark proper belongs to benchmarks/).
 */
@KernelTest
class LaunchTimingKernelTest {
  @TempDir Path tmp;

  @Test
  void repeatedLaunchesAllSucceedAndLeaveNothing() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("true"));
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    HelperSession.Stdio quiet = new HelperSession.Stdio(Redirect.PIPE, Redirect.DISCARD, Redirect.INHERIT);
    long[] nanos = new long[60];
    for (int i = 0; i < nanos.length; i++) {
      RuntimeId id = RuntimeId.of("t" + i);
      long t0 = System.nanoTime();
      rt.create(id, bundle, CreateOptions.defaults().withStdio(quiet));
      rt.start(id);
      assertThat(rt.awaitExit(id, Duration.ofSeconds(10))).hasValue(0);
      rt.delete(id, false);
      nanos[i] = System.nanoTime() - t0;
    }
    long[] warm = Arrays.copyOfRange(nanos, 20, nanos.length);
    Arrays.sort(warm);
    System.out.printf("drydock in-process create+start+wait+delete of /bin/true: median %.2f ms%n", warm[warm.length / 2] / 1e6);
    assertThat(rt.list()).isEmpty();
  }
}
