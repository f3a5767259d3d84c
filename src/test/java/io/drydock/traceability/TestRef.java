package io.drydock.traceability;

/** A test method, {@code fully.qualified.Class#method}, its kind, and whether it was named or annotated. */
record TestRef(String name, TestKind kind, boolean annotated) {
  /** The name without {@code io.drydock.} for the generated table. */
  String shortName() {
    return name.startsWith("io.drydock.") ? name.substring("io.drydock.".length()) : name;
  }
}
