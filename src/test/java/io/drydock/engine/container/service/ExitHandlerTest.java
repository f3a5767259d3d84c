package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exit handler's threads belong to it: each engine has its own, and closing ends them. */
class ExitHandlerTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  private ExitHandler handler() {
    return new ExitHandler(new ServiceParts(null, null, Optional.empty(), null, null, null, null, Clock.systemUTC(), scheduler));
  }

  @Test
  void closingEndsTheHandlersThreadsAndRefusesLaterExits() throws Exception {
    ExitHandler exits = handler();
    try {
      String ranOn = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), exits.threads).get(5, TimeUnit.SECONDS);
      assertThat(ranOn).isEqualTo("drydock-exit-handler");
    } finally {
      exits.close();
    }
    assertThat(exits.threads.awaitTermination(5, TimeUnit.SECONDS)).as("its idle thread ended with it").isTrue();
    assertThatThrownBy(() -> exits.threads.execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void anExitBeingHandledWhenTheServiceClosesIsFinished() throws Exception {
    ExitHandler exits = handler();
    CompletableFuture<Void> release = new CompletableFuture<>();
    CompletableFuture<String> handling = CompletableFuture.supplyAsync(() -> {
      release.join();
      return "handled";
    }, exits.threads);
    exits.close();
    release.complete(null);
    assertThat(handling.get(5, TimeUnit.SECONDS)).isEqualTo("handled");
  }

  @Test
  void twoEnginesInOneProcessDoNotShareThreads() {
    ExitHandler one = handler();
    ExitHandler two = handler();
    try {
      assertThat(one.threads).isNotSameAs(two.threads);
      one.close();
      assertThat(two.threads.isShutdown()).as("closing one engine leaves the other's threads").isFalse();
    } finally {
      two.close();
    }
  }
}
