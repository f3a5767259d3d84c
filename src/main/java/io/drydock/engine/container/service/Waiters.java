package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Pending {@code POST /containers/{id}/wait} calls: those waiting for the next exit, and those
 * waiting for the removal. Completed with the exit code by the exit handler and by removal.
 */
final class Waiters {
  private final Map<ContainerId, List<CompletableFuture<WaitResult>>> exits = new HashMap<>();
  private final Map<ContainerId, List<CompletableFuture<WaitResult>>> removals = new HashMap<>();

  synchronized CompletableFuture<WaitResult> nextExit(ContainerId id) {
    CompletableFuture<WaitResult> f = new CompletableFuture<>();
    exits.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
    return f;
  }

  synchronized CompletableFuture<WaitResult> removal(ContainerId id) {
    CompletableFuture<WaitResult> f = new CompletableFuture<>();
    removals.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
    return f;
  }

  void exited(ContainerId id, WaitResult result) {
    List<CompletableFuture<WaitResult>> list;
    synchronized (this) {
      list = exits.remove(id);
    }
    if (list != null) {
      list.forEach(f -> f.complete(result));
    }
  }

  void removed(ContainerId id, WaitResult result) {
    List<CompletableFuture<WaitResult>> list;
    synchronized (this) {
      list = removals.remove(id);
      List<CompletableFuture<WaitResult>> pending = exits.remove(id);
      if (pending != null) {
        list = list == null ? pending : concat(list, pending);
      }
    }
    if (list != null) {
      list.forEach(f -> f.complete(result));
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
