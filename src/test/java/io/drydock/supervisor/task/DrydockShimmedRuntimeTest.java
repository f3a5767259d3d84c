package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.LinuxRuntime;
import io.drydock.supervisor.shim.ShimLauncher;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The threads that start shims belong to the runtime that uses them and end when it closes. */
class DrydockShimmedRuntimeTest {
  @TempDir Path tmp;

  private DrydockShimmedRuntime runtime(String name) {
    Path helper = tmp.resolve("no-helper");
    return new DrydockShimmedRuntime(new LinuxRuntime(tmp.resolve(name), helper), new ShimLauncher(helper));
  }

  @Test
  void closingEndsTheShimStartersOfThisRuntimeOnly() throws Exception {
    DrydockShimmedRuntime one = runtime("one");
    DrydockShimmedRuntime two = runtime("two");
    try {
      String ranOn = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), one.shimStarters).get(5, TimeUnit.SECONDS);
      assertThat(ranOn).isEqualTo("drydock-shim-start");
      one.close();
      assertThat(one.shimStarters.awaitTermination(5, TimeUnit.SECONDS)).as("its idle thread ended with it").isTrue();
      assertThat(two.shimStarters.isShutdown()).as("another runtime's starters are its own").isFalse();
    } finally {
      one.close();
      two.close();
    }
    assertThat(two.shimStarters.isShutdown()).isTrue();
  }
}
