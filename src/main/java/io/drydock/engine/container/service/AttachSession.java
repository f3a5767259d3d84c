package io.drydock.engine.container.service;

import io.drydock.supervisor.task.TaskAttachment;
import io.drydock.supervisor.task.TaskExit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client attached to a container. The docker CLI attaches before it starts the container, so a
 * session may exist before there is a task: its stdin is buffered until {@link #bind} connects it
 * to the task's attachment, which happens between task create and start, so no output is lost.
 */
public final class AttachSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AttachSession.class);

  private final AttachSink sink;
  private final boolean stdin;
  private final Runnable onClose;
  private final Runnable onDetach;
  private final ByteArrayOutputStream early = new ByteArrayOutputStream();
  private TaskAttachment attachment;
  private boolean stdinClosed;
  private boolean ended;

  /**
   * @param onClose runs when the client goes away or detaches
   * @param onDetach runs first when the client detaches with its keys: what the engine records of
   *     that (dockerd's {@code detach} event, a failed exec attach)
   */
  AttachSession(AttachSink sink, boolean stdin, Runnable onClose, Runnable onDetach) {
    this.sink = sink;
    this.stdin = stdin;
    this.onClose = onClose;
    this.onDetach = onDetach;
  }

  AttachSink sink() {
    return sink;
  }

  synchronized void bind(TaskAttachment a) {
    attachment = a;
    if (!stdin) {
      return;
    }
    try {
      if (early.size() > 0) {
        a.stdin().write(early.toByteArray());
        a.stdin().flush();
      }
      if (stdinClosed) {
        a.closeStdin();
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("stdin of attached task: {}", e.toString());
    }
  }

  /** Bytes the client typed. */
  public synchronized void stdin(byte[] data) {
    if (!stdin) {
      return;
    }
    if (attachment == null) {
      early.writeBytes(data);
      return;
    }
    try {
      attachment.stdin().write(data);
      attachment.stdin().flush();
    } catch (IOException | RuntimeException e) {
      LOG.debug("stdin of attached task: {}", e.toString());
    }
  }

  /** The client half-closed: EOF for the process's stdin. */
  public synchronized void closeStdin() {
    stdinClosed = true;
    if (attachment != null && stdin) {
      try {
        attachment.closeStdin();
      } catch (RuntimeException e) {
        LOG.debug("close stdin: {}", e.toString());
      }
    }
  }

  /** The run ended: waits (bounded) until all output was delivered, then ends the client's stream. */
  void runEnded() {
    TaskAttachment a;
    synchronized (this) {
      a = attachment;
    }
    if (a != null) {
      Optional<TaskExit> ignored = a.awaitExit(Duration.ofSeconds(5));
      LOG.trace("attachment drained: {}", ignored.isPresent());
    }
    end();
  }

  private void end() {
    TaskAttachment a;
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      a = attachment;
    }
    if (a != null) {
      a.close();
    }
    sink.ended();
  }

  /** The client typed its detach keys: the engine records it, then the session ends as in {@link #close}. */
  public void detach() {
    onDetach.run();
    close();
  }

  /**
   * The client typed its detach keys on an exec whose input then ends (dockerd's failed attach):
   * the detach is recorded before the process's stdin is closed, so that a process that ends with
   * its input ({@code cat}) cannot exit, and have its own code recorded, first.
   */
  public void detachEndingInput() {
    onDetach.run();
    closeStdin();
    close();
  }

  /** The client went away (or detached): the container keeps running. */
  @Override
  public void close() {
    onClose.run();
    end();
  }
}
