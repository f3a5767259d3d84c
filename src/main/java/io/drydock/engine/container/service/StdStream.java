package io.drydock.engine.container.service;

/** The two output streams of a container, in the engine's terms (the API frames them). */
public enum StdStream {
  STDOUT,
  STDERR
}
