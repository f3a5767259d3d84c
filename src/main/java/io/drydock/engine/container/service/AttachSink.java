package io.drydock.engine.container.service;

import io.drydock.supervisor.task.TaskOutput;

/**
 * Where an attached client's output goes (the API adapts its hijacked connection to this). Output
 * arrives in order; {@link #ended} once, after the last output of the run or on detach.
 */
public interface AttachSink {
  void output(TaskOutput.Stream stream, byte[] data);

  void ended();
}
