package io.drydock.engine.build;

import java.util.List;

/** A parsed Dockerfile: its instructions in order and its escape character ({@code \} or {@code `}). */
public record Dockerfile(List<Instruction> instructions, char escape) {
  public Dockerfile {
    instructions = List.copyOf(instructions);
  }
}
