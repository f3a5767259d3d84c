package io.drydock.engine.container.service;

import java.util.OptionalInt;

/**
 * One exec instance as {@code GET /exec/{id}/json} shows it. The exit code is set before the
 * exec's stream is closed, because the docker CLI reads it right after the stream ends.
 */
public record ExecState(String id, String containerId, ExecRequest request, boolean running, boolean started, long pid, OptionalInt exitCode) {
  ExecState startedWith(long newPid) {
    return new ExecState(id, containerId, request, true, true, newPid, OptionalInt.empty());
  }

  ExecState exited(int code) {
    return new ExecState(id, containerId, request, false, true, pid, OptionalInt.of(code));
  }
}
