package io.drydock.engine.container.service;

import java.util.List;

/** A container just created, with the warnings dockerd would put in its create answer ({@code Warnings}). */
public record Created(StoredContainer container, List<String> warnings) {
  public Created {
    warnings = List.copyOf(warnings);
  }
}
