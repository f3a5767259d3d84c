package io.drydock.supervisor.task;

/** A piece of a task's output: from stdout or stderr (a tty task has only stdout). */
public record TaskOutput(Stream stream, byte[] data) {
  public enum Stream {
    STDOUT,
    STDERR
  }
}
