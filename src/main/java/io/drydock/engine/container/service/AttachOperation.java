package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import java.time.Instant;
import java.util.List;

/**
 * {@code docker attach}: a client session on the container's stdio, bound to the task now when it
 * runs, else by the next start; with {@code logs=1} the log so far comes first.
 */
final class AttachOperation {
  private final ServiceParts parts;
  private final LogsOperation logs;

  AttachOperation(ServiceParts parts, LogsOperation logs) {
    this.parts = parts;
    this.logs = logs;
  }

  AttachSession attach(String ref, boolean stdin, AttachSink sink) {
    ContainerRecord r = parts.get(ref).record();
    ContainerId id = r.id();
    List<AttachSession> sessions = parts.sessions(id);
    AttachSession[] self = new AttachSession[1];
    self[0] = new AttachSession(sink, stdin, () -> sessions.remove(self[0]), () -> parts.event(r, "detach"));
    synchronized (parts.startLocks.of(id)) { // the container's start lock: a start cannot slip between
      ContainerRecord now = parts.get(id).record();
      if (now.status() == ContainerStatus.RUNNING || now.status() == ContainerStatus.PAUSED) {
        self[0].bind(parts.tasks().attach(ServiceParts.taskId(id), o -> sink.output(StdStream.valueOf(o.stream().name()), o.data())));
      }
      sessions.add(self[0]);
    }
    parts.event(r, "attach");
    return self[0];
  }

  /**
   * The live session is registered now with its output held back; {@link ReplayingAttach#replay}
   * (no log to replay for the {@code none} driver)
   * (called once the client's stream is ready) sends the log up to the moment of registration and
   * then lets the held output through, so no line is lost and only one written in that same
   * instant could be sent twice.
   */
  ReplayingAttach attachWithLogs(String ref, boolean stdin, AttachSink sink) {
    ReplayFirstSink gate = new ReplayFirstSink(sink);
    AttachSession session = attach(ref, stdin, gate);
    // The shim stamps log lines with the wall clock, so the cut is taken from it too.
    Instant cut = Instant.now();
    return new ReplayingAttach(session, () -> {
      try {
        if (parts.get(ref).host().log().kind().readable()) {
          logs.logs(ref, LogsRequest.everything().until(cut), l -> gate.replayed(l.stream(), l.bytes()), () -> true);
        }
      } finally {
        gate.release();
      }
    });
  }
}
