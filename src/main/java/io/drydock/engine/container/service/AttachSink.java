package io.drydock.engine.container.service;

/**
 * Where an attached client's output goes (the API adapts its hijacked connection to this). Output
 * arrives in order; {@link #ended} once, after the last output of the run or on detach.
 */
public interface AttachSink {
  void output(StdStream stream, byte[] data);

  void ended();
}
