package io.drydock.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * An exec'd process that runs under someone else's supervision (a shim): its host pid, and its
 * exit code as the monitoring helper reports it (128 + signal when killed).
 */
public record StartedExec(int pid, CompletableFuture<Integer> exit) {}
