package io.drydock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The pools' threads are named daemons; a future's failure reaches the waiter as it was thrown. */
class ThreadHelpersTest {
  @Test
  void poolThreadsAreNamedDaemons() {
    Thread t = DaemonThreads.named("drydock-test").newThread(() -> { });
    assertThat(t.isDaemon()).isTrue();
    assertThat(t.getName()).isEqualTo("drydock-test");
  }

  @Test
  void aFailedFutureThrowsItsOwnErrorAndAResultIsReturned() {
    CompletableFuture<String> failed = CompletableFuture.supplyAsync(() -> {
      throw new DrydockException.NotFound("no such task: x");
    });
    assertThatThrownBy(() -> Futures.join(failed)).isInstanceOf(DrydockException.NotFound.class).hasMessage("no such task: x");
    CompletableFuture<String> checked = CompletableFuture.failedFuture(new java.io.IOException("disk"));
    assertThatThrownBy(() -> Futures.join(checked)).isInstanceOf(CompletionException.class).hasCauseInstanceOf(java.io.IOException.class);
    assertThat(Futures.join(CompletableFuture.completedFuture("ok"))).isEqualTo("ok");
  }
}
