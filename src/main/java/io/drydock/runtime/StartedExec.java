package io.drydock.runtime;

/**
 * An exec'd process left to someone else's supervision (a shim that adopted it): its host pid.
 * Its exit is the supervisor's to observe; the runtime no longer watches it.
 */
public record StartedExec(int pid) {}
