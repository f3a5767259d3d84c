package io.drydock.engine.container.fs;

/** The kind of one entry of {@code GET /containers/{id}/changes}; the number is the wire value. */
public enum ChangeKind {
  MODIFIED(0),
  ADDED(1),
  DELETED(2);

  private final int wire;

  ChangeKind(int wire) {
    this.wire = wire;
  }

  public int wire() {
    return wire;
  }
}
