package io.drydock.supervisor.snapshot;

/** The three states of a snapshot in containerd's model. */
public enum SnapshotKind {
  /** Writable, made by prepare; becomes COMMITTED by commit. */
  ACTIVE,
  /** Read-only, made by view; can only be removed. */
  VIEW,
  /** Immutable, made by commit; may be the parent of others. */
  COMMITTED
}
