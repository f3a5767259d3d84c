package io.drydock.engine.system;

import java.util.List;

/** An OCI runtime the engine can start containers with: its name, binary and extra arguments. */
public record RuntimeEntry(String name, String path, List<String> args) {
  public RuntimeEntry {
    args = List.copyOf(args);
  }
}
