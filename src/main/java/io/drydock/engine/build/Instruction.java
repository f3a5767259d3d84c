package io.drydock.engine.build;

import java.util.List;

/**
 * One Dockerfile instruction after line joining: its keyword, its {@code --name=value} flags,
 * the argument text after them, the text as written (continuations joined, what {@code Step i/n}
 * prints) and the line it starts on (for error messages).
 */
public record Instruction(Keyword keyword, List<String> flags, String arguments, String original, int line) {
  public Instruction {
    flags = List.copyOf(flags);
  }
}
