package io.drydock.supervisor.shim;

/**
 * Where the shim's command is in its life: forked but held before exec (a shim started with
 * {@code startHeld}, waiting for {@link ShimClient#start}), running, or exited.
 */
public enum ShimState {
  CREATED,
  RUNNING,
  EXITED
}
