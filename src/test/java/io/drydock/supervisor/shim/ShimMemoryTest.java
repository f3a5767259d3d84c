package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shim's resident memory per container: the target is under 1 MiB (conmon ≈ 2 MiB, containerd-shim ≈ 13 MiB). */
class ShimMemoryTest {
  private static final int SHIMS = 20;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void meanResidentSizeOfIdleShims() throws Exception {
    List<ShimHandle> started = new ArrayList<>();
    for (int i = 0; i < SHIMS; i++) {
      started.add(shims.start(ShimSpec.of("mem-" + i, shims.root.resolve("mem-" + i), List.of("/bin/sleep", "60"))));
    }
    for (ShimHandle h : started) {
      h.client().status(); // each shim has served a client once
    }
    long totalKib = 0;
    for (ShimHandle h : started) {
      totalKib += vmRssKib(h.shimPid());
    }
    double meanKib = (double) totalKib / SHIMS;
    System.out.printf("shim VmRSS: mean %.0f KiB over %d idle shims%n", meanKib, SHIMS);
    assertThat(meanKib).as("mean shim RSS in KiB").isLessThan(4096);
  }

  private static long vmRssKib(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new AssertionError("no VmRSS for shim " + pid);
  }
}
