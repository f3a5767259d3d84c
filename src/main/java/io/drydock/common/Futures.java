package io.drydock.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread as if it had been done on this one. */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code f}, waiting for it; its failure is thrown as it was thrown (a
   * {@link RuntimeException} unwrapped from the {@link CompletionException}), so callers see
   * drydock's errors and their kinds, not a wrapper.
   */
  public static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
